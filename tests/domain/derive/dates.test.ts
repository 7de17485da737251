import { describe, expect, it } from 'vitest';
import { dayBefore, happenedBy, isPartialDate, latestDay } from '../../../src/domain/derive/dates.ts';

describe('partial dates', () => {
  it('accepts year, month and day precision and rejects impossible dates', () => {
    expect(isPartialDate('2025')).toBe(true);
    expect(isPartialDate('2025-02')).toBe(true);
    expect(isPartialDate('2024-02-29')).toBe(true);
    expect(isPartialDate('2025-02-29')).toBe(false);
    expect(isPartialDate('2025-13')).toBe(false);
    expect(isPartialDate('2019-06-24/25')).toBe(false);
  });
  it('counts a partial date from its last possible day, never early', () => {
    expect(latestDay('2025')).toBe('2025-12-31');
    expect(latestDay('2025-09')).toBe('2025-09-30');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(happenedBy('2025-09', '2025-09-29')).toBe(false);
    expect(happenedBy('2025-09', '2025-10-01')).toBe(true);
  });
  it('steps back one day across month ends', () => {
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
  });
});
