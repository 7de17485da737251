import type { Lang } from '../domain/i18n/catalog.ts';

/** Short month names as Intl.DateTimeFormat writes them for en-US and es-US (tests compare). */
const MONTHS: Record<Lang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};

const WITH_DAY: Record<Lang, (day: number, month: string, year: string) => string> = {
  en: (day, month, year) => `${month} ${day}, ${year}`,
  es: (day, month, year) => `${day} ${month} ${year}`,
};

/**
 * Formats YYYY, YYYY-MM or YYYY-MM-DD for people, keeping the precision the source gave.
 *
 * Written out for the two languages rather than through Intl.DateTimeFormat: the first formatter
 * of a page loads locale data, about 14 ms of the page's hydration on a phone, and a fixed text
 * cannot differ between the server's ICU and the browser's.
 */
export function formatDate(date: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  if (!m) return y!;
  const month = MONTHS[lang][Number(m) - 1];
  if (month === undefined) return date;
  if (!d) return `${month} ${y}`;
  return WITH_DAY[lang](Number(d), month, y!);
}
