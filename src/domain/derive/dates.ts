/** Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as used in data/*.csv. */

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True if `s` is a real calendar date at year, month or day precision. */
export function isPartialDate(s: string): boolean {
  const m = PARTIAL.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

export function isFullDate(s: string): boolean {
  return isPartialDate(s) && s.length === 10;
}

/**
 * The last day a partial date can mean. A fact dated "2025-09" is only certain to have happened
 * by 2025-09-30, so it counts at a step from that day: partial dates never count early.
 */
export function latestDay(s: string): string {
  const m = PARTIAL.exec(s);
  if (!m || !isPartialDate(s)) throw new Error(`not a date: "${s}"`);
  const year = Number(m[1]);
  if (m[2] === undefined) return `${m[1]}-12-31`;
  if (m[3] === undefined)
    return `${m[1]}-${m[2]}-${String(daysInMonth(year, Number(m[2]))).padStart(2, '0')}`;
  return s;
}

/** True if a fact dated `factDate` (partial allowed) had certainly happened by the full date `asOf`. */
export function happenedBy(factDate: string, asOf: string): boolean {
  return latestDay(factDate) <= asOf;
}

/** The day before a full date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
