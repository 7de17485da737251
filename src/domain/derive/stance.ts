/** Stance class of a sheriff's office on a day. */
import { agreementsInForce, describeAgreements } from './agreements.ts';
import { STANCE } from './classes.ts';
import { happenedBy, latestDay } from './dates.ts';
import type { FactRecord } from './types.ts';

export interface StanceResult {
  stance: string;
  /** Facts that decided the class (empty for the default class). */
  decidingFactIds: string[];
  note: string;
}

/** Facts that state a limiting policy. */
export function isLimitingFact(f: FactRecord): boolean {
  return (
    f.type === 'agreement_287g_ended' ||
    (f.type === 'detainer_policy' && f.policy === 'declines_without_judicial_order') ||
    (f.type === 'statement' && f.policy === 'limits_to_state_law')
  );
}

/** Facts that reverse a limiting policy (a stated policy of honoring detainers). */
function isReversingFact(f: FactRecord): boolean {
  return f.type === 'detainer_policy' && f.policy === 'honors';
}

/**
 * Order: a sheriff's-office 287(g) agreement in force wins; otherwise the latest limiting or
 * reversing policy on or before `date`; otherwise the default "no stated policy".
 */
export function deriveStance(facts: readonly FactRecord[], fips: string, date: string): StanceResult {
  const agreements = agreementsInForce(facts, fips, date, 'sheriff');
  if (agreements.length > 0) {
    return {
      stance: STANCE.agreement,
      decidingFactIds: agreements.map((a) => a.id),
      note: `287(g) agreement in force: ${describeAgreements(agreements)}.`,
    };
  }
  const policies = facts
    .filter((f) => f.fips === fips && (isLimitingFact(f) || isReversingFact(f)) && happenedBy(f.date, date))
    .sort((a, b) =>
      latestDay(a.date) < latestDay(b.date) ? -1 : latestDay(a.date) > latestDay(b.date) ? 1 : 0,
    );
  const latest = policies[policies.length - 1];
  if (latest && isLimitingFact(latest)) {
    const limiting = policies.filter(isLimitingFact);
    return {
      stance: STANCE.limits,
      decidingFactIds: limiting.map((f) => f.id),
      note: `Latest stated policy (${latest.date}): ${latest.value ?? latest.summary}`,
    };
  }
  return {
    stance: STANCE.none,
    decidingFactIds: [],
    note: 'No 287(g) agreement or stated policy found for this office by this date.',
  };
}
