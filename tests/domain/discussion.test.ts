import { describe, expect, it } from 'vitest';
import { stepIds } from '../../src/data/index.ts';
import { DISCUSSION, GENERAL_QUESTIONS, questionsFor } from '../../src/domain/discussion.ts';

describe('discussion questions', () => {
  it('has one or two questions for every step of the dataset', () => {
    for (const id of stepIds) {
      const questions = questionsFor(id);
      expect(questions, id).not.toBe(GENERAL_QUESTIONS);
      expect(questions.length, id).toBeGreaterThanOrEqual(1);
      expect(questions.length, id).toBeLessThanOrEqual(2);
    }
  });

  it('has no questions for steps the dataset does not have', () => {
    expect(Object.keys(DISCUSSION).filter((id) => !stepIds.includes(id))).toEqual([]);
  });

  it('falls back to the general questions for an unknown step id, including inherited object keys', () => {
    expect(questionsFor('2031-01')).toBe(GENERAL_QUESTIONS);
    expect(questionsFor('constructor')).toBe(GENERAL_QUESTIONS);
  });

  it('asks questions: each ends with a question mark and none uses "sanctuary" framing', () => {
    for (const q of [...Object.values(DISCUSSION).flat(), ...GENERAL_QUESTIONS]) {
      expect(q.trim().endsWith('?'), q).toBe(true);
      expect(q.toLowerCase(), q).not.toContain('sanctuary');
    }
  });
});
