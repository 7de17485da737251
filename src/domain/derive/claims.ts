/** Third-party claims about a county, and the responses to them. */
import { happenedBy } from './dates.ts';
import type { FactRecord } from './types.ts';

const ALLEGATIONS = new Set(['alleges_noncooperation', 'alleges_noncompliance']);
const RESPONSES = new Set(['rejects_label', 'complies_with_state_law', 'limits_to_state_law']);

/** Claims of non-cooperation about `fips` made on or before `date` and not retracted by then. */
export function liveClaims(facts: readonly FactRecord[], fips: string, date: string): FactRecord[] {
  const retracted = new Set(
    facts
      .filter((f) => f.type === 'claim_retracted' && f.fips === fips && happenedBy(f.date, date))
      .flatMap((f) => f.ref ?? []),
  );
  return facts.filter(
    (f) =>
      f.type === 'claim' &&
      f.fips === fips &&
      ALLEGATIONS.has(f.policy ?? '') &&
      happenedBy(f.date, date) &&
      !retracted.has(f.id),
  );
}

/**
 * Responses on or before `date`: the county's own statements (denials, statements of compliance),
 * or, if there are none, statewide statements that all sheriffs comply.
 */
export function responses(facts: readonly FactRecord[], fips: string, date: string): FactRecord[] {
  const own = facts.filter(
    (f) =>
      f.fips === fips && f.type === 'statement' && RESPONSES.has(f.policy ?? '') && happenedBy(f.date, date),
  );
  if (own.length > 0) return own;
  return facts.filter(
    (f) =>
      f.fips === 'STATEWIDE' &&
      f.type === 'statement' &&
      f.policy === 'complies_with_state_law' &&
      happenedBy(f.date, date),
  );
}

/** "Who claims what" in one sentence per side, for the basis note of a disputed cell. */
export function disputeNote(claims: readonly FactRecord[], answers: readonly FactRecord[]): string {
  const said = claims
    .map((c) => `${c.claimant ?? 'unnamed'} (${c.date}): ${c.value ?? c.summary}`)
    .join('; ');
  const reply =
    answers.length > 0
      ? answers.map((a) => `${a.claimant ?? 'unnamed'} (${a.date}): ${a.value ?? a.summary}`).join('; ')
      : 'no response was found in the sources';
  return `Claimed: ${said}. Response: ${reply}.`;
}
