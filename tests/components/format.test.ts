import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/components/format.ts';

const originalTz = process.env['TZ'];

afterEach(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});

describe('formatDate', () => {
  it('keeps the precision the source gave: year, month or day', () => {
    expect(formatDate('2019', 'en')).toBe('2019');
    expect(formatDate('2019-08', 'en')).toBe('Aug 2019');
    expect(formatDate('2019-08-21', 'en')).toBe('Aug 21, 2019');
  });

  it('formats in UTC, so the first and last days do not slip into the next or previous year', () => {
    for (const tz of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'America/New_York', 'UTC']) {
      process.env['TZ'] = tz;
      expect(formatDate('2019-01-01', 'en')).toBe('Jan 1, 2019');
      expect(formatDate('2019-12-31', 'en')).toBe('Dec 31, 2019');
      expect(formatDate('2019-01', 'en')).toBe('Jan 2019');
      expect(formatDate('2019', 'en')).toBe('2019');
    }
  });

  it('writes what Intl.DateTimeFormat writes for en-US and es-US, for every month and precision', () => {
    const intl = (locale: string, options: Intl.DateTimeFormatOptions, month: number, day: number) =>
      new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(2019, month, day));
    for (const [lang, locale] of [
      ['en', 'en-US'],
      ['es', 'es-US'],
    ] as const) {
      for (let month = 0; month < 12; month += 1) {
        const mm = String(month + 1).padStart(2, '0');
        for (const day of [1, 9, 28]) {
          expect(formatDate(`2019-${mm}-${String(day).padStart(2, '0')}`, lang)).toBe(
            intl(locale, { year: 'numeric', month: 'short', day: 'numeric' }, month, day),
          );
        }
        expect(formatDate(`2019-${mm}`, lang)).toBe(
          intl(locale, { year: 'numeric', month: 'short' }, month, 1),
        );
      }
      expect(formatDate('2019', lang)).toBe(intl(locale, { year: 'numeric' }, 0, 1));
    }
  });

  it('returns anything that is not YYYY, YYYY-MM or YYYY-MM-DD unchanged', () => {
    for (const text of [
      '',
      'circa 2019',
      '2019-13',
      '2019-00',
      '2019-8',
      '19-08-21',
      '2019-08-21T00:00:00Z',
      '2019/08/21',
    ]) {
      expect(formatDate(text, 'en')).toBe(text);
    }
  });
});
