/** Detainer-handling class of a county jail on a day. */
import { agreementsInForce, describeAgreements } from './agreements.ts';
import { DETAINER } from './classes.ts';
import { happenedBy, latestDay } from './dates.ts';
import { eraAt, type FactRecord } from './types.ts';

export interface DetainerResult {
  detainer: string;
  decidingFactIds: string[];
  note: string;
}

/** Policy statements and observations that say how the jail handled detainers. */
function isHandlingFact(f: FactRecord): boolean {
  return (
    (f.type === 'detainer_policy' || f.type === 'detainer_observation') &&
    (f.policy === 'honors' || f.policy === 'declines_without_judicial_order')
  );
}

/**
 * Mandatory era (from 2024-12-01): always "holds required by law"; the basis says how well that
 * is supported. Voluntary era: a sheriff's-office 287(g) agreement in force means honors; otherwise
 * the latest handling fact on or before `date`; otherwise no county record.
 */
export function deriveDetainer(facts: readonly FactRecord[], fips: string, date: string): DetainerResult {
  if (eraAt(date) === 'mandatory') {
    return {
      detainer: DETAINER.required,
      decidingFactIds: [],
      note: 'State law requires detainer holds (HB 10, in force Dec 1, 2024).',
    };
  }
  const agreements = agreementsInForce(facts, fips, date, 'sheriff');
  if (agreements.length > 0) {
    return {
      detainer: DETAINER.honors,
      decidingFactIds: agreements.map((a) => a.id),
      note: `Inferred from the 287(g) agreement in force (${describeAgreements(agreements)}), whose purpose is to hold or process people for ICE.`,
    };
  }
  const handling = facts
    .filter((f) => f.fips === fips && isHandlingFact(f) && happenedBy(f.date, date))
    .sort((a, b) =>
      latestDay(a.date) < latestDay(b.date) ? -1 : latestDay(a.date) > latestDay(b.date) ? 1 : 0,
    );
  const latest = handling[handling.length - 1];
  if (latest) {
    const observed = latest.type === 'detainer_observation';
    return {
      detainer: latest.policy === 'honors' ? DETAINER.honors : DETAINER.declines,
      decidingFactIds: [latest.id],
      note: `${observed ? 'Observed' : 'Stated policy'} (${latest.date}${latest.claimant ? `, ${latest.claimant}` : ''}): ${latest.value ?? latest.summary}`,
    };
  }
  return {
    detainer: DETAINER.noRecord,
    decidingFactIds: [],
    note: 'No county-specific record of detainer handling by this date.',
  };
}
