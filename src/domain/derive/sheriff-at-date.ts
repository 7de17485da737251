/** Who was sheriff of a county on a given day, from dated terms. */
import type { SheriffTerm } from './types.ts';

/** Terms of one county covering `date` (more than one means the data is inconsistent). */
export function termsAt(terms: readonly SheriffTerm[], fips: string, date: string): SheriffTerm[] {
  return terms.filter((t) => t.fips === fips && t.from <= date && date <= t.to);
}

/** The term covering `date`, or null when no term covers it. Throws if two terms overlap. */
export function sheriffAt(terms: readonly SheriffTerm[], fips: string, date: string): SheriffTerm | null {
  const found = termsAt(terms, fips, date);
  if (found.length > 1) {
    throw new Error(
      `county ${fips} has ${found.length} sheriffs on ${date}: ${found.map((t) => t.name || '(unknown)').join(', ')}`,
    );
  }
  return found[0] ?? null;
}

/**
 * First day of the continuous service of the person holding `term`: earlier adjacent terms of the
 * same person (e.g. appointed, then elected) are joined. Null if the person is unknown.
 */
export function serviceStart(terms: readonly SheriffTerm[], term: SheriffTerm): string | null {
  if (!term.personId) return null;
  const own = terms
    .filter((t) => t.fips === term.fips && t.personId === term.personId && t.to < term.from)
    .sort((a, b) => (a.from < b.from ? 1 : -1));
  let start = term.from;
  for (const t of own) {
    const next = new Date(`${t.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    if (next.toISOString().slice(0, 10) === start) start = t.from;
    else break;
  }
  return start;
}

/**
 * True when no term in the data for this county starts before `start`: service may have begun
 * earlier than the first election the data holds (2014), so the start is a lower bound only.
 */
export function startsAtDataHorizon(terms: readonly SheriffTerm[], fips: string, start: string): boolean {
  return !terms.some((t) => t.fips === fips && t.from < start);
}

/** True only when both office-holders are known and are different people. */
export function isNewSheriff(previous: SheriffTerm | null, current: SheriffTerm | null): boolean {
  if (!previous?.personId || !current?.personId) return false;
  return previous.personId !== current.personId;
}
