import { htmlLang, type Lang } from '../domain/i18n/catalog.ts';

/**
 * Formats YYYY, YYYY-MM or YYYY-MM-DD for people, keeping the precision the source gave.
 * Formatted in UTC so the server render and the browser agree whatever their time zones.
 */
export function formatDate(date: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  const when = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
    : m
      ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(htmlLang[lang], options).format(when);
}
