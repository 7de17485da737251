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

  it('keeps each language and precision apart when the formatters are reused', () => {
    expect(formatDate('2019-08', 'es')).toBe(
      new Intl.DateTimeFormat('es', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
        Date.UTC(2019, 7, 1),
      ),
    );
    expect(formatDate('2019-08', 'en')).toBe('Aug 2019');
    expect(formatDate('2019-08-21', 'es')).not.toBe(formatDate('2019-08-21', 'en'));
    expect(formatDate('2019-08-21', 'en')).toBe('Aug 21, 2019');
    expect(formatDate('2019', 'es')).toBe('2019');
  });

  it('returns anything that is not YYYY, YYYY-MM or YYYY-MM-DD unchanged', () => {
    for (const text of ['', 'circa 2019', '2019-8', '19-08-21', '2019-08-21T00:00:00Z', '2019/08/21']) {
      expect(formatDate(text, 'en')).toBe(text);
    }
  });
});
