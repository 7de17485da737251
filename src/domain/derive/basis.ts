/** How well each layer's class is supported: documented, statewide only, disputed or unknown. */
import type { Basis } from '../dataset.ts';
import { agreementsInForce } from './agreements.ts';
import { DETAINER, STANCE } from './classes.ts';
import { happenedBy, latestDay } from './dates.ts';
import { MANDATORY_FROM, eraAt, type FactRecord } from './types.ts';

/** Statewide statements that counties honor or comply, on or before `date`. */
export function statewideCompliance(facts: readonly FactRecord[], date: string): FactRecord[] {
  return facts.filter(
    (f) =>
      f.fips === 'STATEWIDE' &&
      f.type === 'statement' &&
      f.policy === 'complies_with_state_law' &&
      happenedBy(f.date, date),
  );
}

/** A live claim contradicts the stance unless the office itself states limits. */
export function stanceBasis(stance: string, liveClaimCount: number): Basis {
  if (liveClaimCount > 0 && stance !== STANCE.limits) return 'disputed';
  return stance === STANCE.none ? 'unknown' : 'documented';
}

/** County-specific evidence from the mandatory era that the jail holds detainers. */
export function mandatoryEraEvidence(facts: readonly FactRecord[], fips: string, date: string): FactRecord[] {
  const agreements = agreementsInForce(facts, fips, date, 'sheriff');
  const records = facts.filter(
    (f) =>
      f.fips === fips &&
      happenedBy(f.date, date) &&
      latestDay(f.date) >= MANDATORY_FROM &&
      ((f.type === 'statement' &&
        ['complies_with_state_law', 'limits_to_state_law', 'rejects_label'].includes(f.policy ?? '')) ||
        f.type === 'detainer_observation'),
  );
  return [...agreements, ...records];
}

export function detainerBasis(
  detainer: string,
  facts: readonly FactRecord[],
  fips: string,
  date: string,
  liveClaimCount: number,
): Basis {
  if (eraAt(date) === 'mandatory') {
    if (liveClaimCount > 0) return 'disputed';
    if (mandatoryEraEvidence(facts, fips, date).length > 0) return 'documented';
    return 'statewide';
  }
  if (detainer === DETAINER.noRecord)
    return statewideCompliance(facts, date).length > 0 ? 'statewide' : 'unknown';
  if (detainer === DETAINER.honors && liveClaimCount > 0) return 'disputed';
  return 'documented';
}

const RANK: Basis[] = ['documented', 'statewide', 'unknown'];

/** Disputed if either layer is; otherwise the better-supported of the two. */
export function overallBasis(a: Basis, b: Basis): Basis {
  if (a === 'disputed' || b === 'disputed') return 'disputed';
  return RANK[Math.min(RANK.indexOf(a), RANK.indexOf(b))] ?? 'unknown';
}
