/** Third-party claims about a county, and the responses to them. */
import { happenedBy, latestDay } from './dates.ts';
import { MANDATORY_FROM, eraAt, type FactRecord } from './types.ts';

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

/** The county's own statements that answer a claim (denials, statements of compliance). */
const isOwnStatement = (f: FactRecord) => f.type === 'statement' && RESPONSES.has(f.policy ?? '');
/** The county sheriff's own reported detainer counts, which answer claims of non-compliance. */
const isOwnCount = (f: FactRecord) => f.type === 'detainer_observation' && /sheriff/i.test(f.claimant ?? '');

/**
 * Answers from the county's own side on or before `date`, from the same era as `date` (as claims
 * are): its statements and its own counts. A 2017 count does not answer a 2025 claim.
 */
export function responses(facts: readonly FactRecord[], fips: string, date: string): FactRecord[] {
  return facts.filter(
    (f) =>
      f.fips === fips &&
      (isOwnStatement(f) || isOwnCount(f)) &&
      happenedBy(f.date, date) &&
      eraAt(latestDay(f.date)) === eraAt(date),
  );
}

/**
 * Statewide statements about compliance with the law in force (from Dec 1, 2024), shown as context
 * when a county gave no reply. Earlier figures (e.g. how many counties honored detainers before the
 * mandate) are not about the mandate and are never offered as an answer to a claim.
 */
export function statewideContext(facts: readonly FactRecord[], date: string): FactRecord[] {
  return facts.filter(
    (f) =>
      f.fips === 'STATEWIDE' &&
      f.type === 'statement' &&
      f.policy === 'complies_with_state_law' &&
      latestDay(f.date) >= MANDATORY_FROM &&
      happenedBy(f.date, date),
  );
}

const describe = (f: FactRecord) => `${f.claimant ?? 'unnamed'} (${f.date}): ${f.value ?? f.summary}`;

/**
 * "Who claims what" for a disputed cell: the claims, then the county's own answers; if it gave
 * none, that is said plainly, with statewide context kept apart from any answer.
 */
export function disputeNote(
  claims: readonly FactRecord[],
  answers: readonly FactRecord[],
  context: readonly FactRecord[] = [],
): string {
  const said = claims.map(describe).join('; ');
  if (answers.length > 0) return `Claimed: ${said}. Response: ${answers.map(describe).join('; ')}.`;
  const statewide = context.length > 0 ? ` Statewide context: ${context.map(describe).join('; ')}.` : '';
  return `Claimed: ${said}. No reply from the sheriff's office was found in the sources.${statewide}`;
}
