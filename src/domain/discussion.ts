/**
 * Discussion questions for presenter slides and handouts, one or two per step, keyed by step id.
 * They ask what the map and the law show and what was left to each sheriff; they do not suggest an
 * answer, take a side, or use the word "sanctuary" as a description. A step without its own
 * questions (an id added to the data later) gets the general ones.
 */
export const DISCUSSION: Readonly<Record<string, readonly string[]>> = {
  '2018-12': [
    'What did state law require of sheriffs at this point, and what was left to each sheriff to decide?',
    'Several newly elected sheriffs changed their office’s policy in their first week. What might explain why a policy can change when the person in office changes?',
  ],
  '2019-08': [
    'HB 370 passed both chambers and was vetoed. What would it have changed for sheriffs, and what stayed the same after the veto?',
    'Compare this map with the previous step. Which counties changed, and what sources would you look for to learn why?',
  ],
  '2024-12': [
    'Before HB 10, holding someone on an ICE detainer was each sheriff’s choice. What does the law now require, and what does it still leave to each sheriff?',
    'From this step every county has the same detainer color. Does that show what each jail does, or what the law requires? Where could you check?',
  ],
  '2025-03': [
    'SB 153 passed the Senate but was not law at this step. Why is it important to tell apart a bill that passed one chamber and a law in force?',
    'Who would SB 153 have applied to, and who not?',
  ],
  '2025-10': [
    'What does HB 318 add to what HB 10 required, and what does it not require?',
    'Several sheriffs signed 287(g) agreements in 2025. How is signing an agreement different from following a state requirement?',
  ],
  '2026-11': [
    'Looking across all the steps, which changes came from state law and which from decisions made in each county?',
    'Where are the records incomplete or disputed, and how could you check what a county does today?',
  ],
};

/** For any step: used when a step has no questions of its own. */
export const GENERAL_QUESTIONS: readonly string[] = [
  'What did the law require of sheriffs at this point, and what was left to each sheriff?',
  'What do you notice on the map, and what would you want to find out from the sources?',
];

/** The prompts shown while the legend and step card are hidden (notice & wonder). */
export const NOTICE_WONDER_PROMPTS: readonly string[] = ['What do you notice?', 'What do you wonder?'];

/** The step's questions, or the general ones for an unknown step id. */
export function questionsFor(stepId: string): readonly string[] {
  return Object.hasOwn(DISCUSSION, stepId) ? DISCUSSION[stepId]! : GENERAL_QUESTIONS;
}
