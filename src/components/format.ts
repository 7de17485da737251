import { htmlLang, type Lang } from '../domain/i18n/catalog.ts';

type Precision = 'year' | 'month' | 'day';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

// Building an Intl.DateTimeFormat costs far more than using one (it loads locale data), and a step
// change formats dozens of dates: one formatter per language and precision, made once.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: Lang, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(htmlLang[lang], OPTIONS[precision]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats YYYY, YYYY-MM or YYYY-MM-DD for people, keeping the precision the source gave.
 * Formatted in UTC so the server render and the browser agree whatever their time zones.
 */
export function formatDate(date: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  const when = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
  return formatterFor(lang, d ? 'day' : m ? 'month' : 'year').format(when);
}
