/** Stance class of a sheriff's office on a day. */
import { agreementsInForce, describeAgreements } from './agreements.ts';
import { STANCE } from './classes.ts';
import { happenedBy, latestDay } from './dates.ts';
import { MANDATORY_FROM, eraAt, type FactRecord } from './types.ts';

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
 * The stated policy behind "limits cooperation". A refusal of detainers stated while holds were
 * voluntary is labelled as such once the law requires them, so it never reads as a current refusal;
 * the office's latest statement since the mandate, if any, follows.
 */
function limitingNote(facts: readonly FactRecord[], fips: string, date: string, latest: FactRecord): string {
  const stated = `(${latest.date}): ${latest.value ?? latest.summary}`;
  const voluntaryEraRefusal = latest.type === 'detainer_policy' && latestDay(latest.date) < MANDATORY_FROM;
  if (eraAt(date) !== 'mandatory' || !voluntaryEraRefusal) return `Latest stated policy ${stated}`;
  const since = facts
    .filter(
      (f) =>
        f.fips === fips &&
        f.type === 'statement' &&
        latestDay(f.date) >= MANDATORY_FROM &&
        happenedBy(f.date, date),
    )
    .sort((a, b) => (latestDay(a.date) < latestDay(b.date) ? -1 : 1))
    .at(-1);
  const latestStatement = since ? ` Latest statement (${since.date}): ${since.value ?? since.summary}.` : '';
  return `Policy stated before HB 10 made detainer holds mandatory ${stated}. Since Dec 1, 2024 state law requires the holds.${latestStatement}`;
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
      note: limitingNote(facts, fips, date, latest),
    };
  }
  return {
    stance: STANCE.none,
    decidingFactIds: [],
    note: 'No 287(g) agreement or stated policy found for this office by this date.',
  };
}
