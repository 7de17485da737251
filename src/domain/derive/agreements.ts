/** 287(g) agreements in force on a day. */
import { happenedBy, latestDay } from './dates.ts';
import type { FactRecord } from './types.ts';

/**
 * Agreement facts of one county (optionally one agency) in force on `date`: signed (or known in
 * force) on or before `date` and not ended by an `agreement_287g_ended` fact of the same county and
 * agency dated after the agreement and on or before `date`. An agreement signed the day after a
 * step does not count at that step.
 */
export function agreementsInForce(
  facts: readonly FactRecord[],
  fips: string,
  date: string,
  agency?: string,
): FactRecord[] {
  const mine = facts.filter(
    (f) => f.fips === fips && (agency === undefined || (f.agency ?? 'sheriff') === agency),
  );
  const ends = mine.filter((f) => f.type === 'agreement_287g_ended' && happenedBy(f.date, date));
  return mine
    .filter((f) => f.type === 'agreement_287g' && happenedBy(f.date, date))
    .filter((a) => !ends.some((e) => latestDay(e.date) >= latestDay(a.date)))
    .sort((a, b) => (latestDay(a.date) < latestDay(b.date) ? -1 : 1));
}

const MODEL_LABEL: Record<string, string> = {
  jem: 'Jail Enforcement Model',
  wso: 'Warrant Service Officer',
  task_force: 'Task Force Model',
  unspecified: 'model not stated',
};

export function modelLabel(model: string | undefined): string {
  return MODEL_LABEL[model ?? 'unspecified'] ?? model ?? 'model not stated';
}

/** One line per agreement, e.g. "Warrant Service Officer (2020-05-21)". */
export function describeAgreements(agreements: readonly FactRecord[]): string {
  return agreements.map((a) => `${modelLabel(a.model)} (${a.date})`).join('; ');
}
