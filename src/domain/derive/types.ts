/** Input records the derivation works on (parsed from data/*.csv by scripts/dataset). */
import type { Fact, Party, SheriffCertainty } from '../dataset.ts';

export interface SheriffTerm {
  fips: string;
  /** Stable key for one person in one county; empty when the office-holder is not known. */
  personId: string;
  /** Empty when not known. */
  name: string;
  party: Party | null;
  from: string;
  to: string;
  how: string;
  certainty: SheriffCertainty;
  sourceIds: string[];
  note: string;
}

export type FactRecord = Fact;

/** State law made detainer holds mandatory from this day (HB 10, S.L. number not recorded). */
export const MANDATORY_FROM = '2024-12-01';

export type Era = 'voluntary' | 'mandatory';

export function eraAt(date: string): Era {
  return date >= MANDATORY_FROM ? 'mandatory' : 'voluntary';
}
