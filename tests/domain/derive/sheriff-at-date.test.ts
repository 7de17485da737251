import { describe, expect, it } from 'vitest';
import { isNewSheriff, serviceStart, sheriffAt } from '../../../src/domain/derive/sheriff-at-date.ts';
import { real } from './real-cases.ts';

describe('sheriff at a date (real data)', () => {
  it('switches Cumberland to the appointed sheriff on 2025-08-11 and keeps him after he lost the primary', () => {
    expect(sheriffAt(real.terms, '37051', '2025-08-10')?.name).toBe('C. Jack Broadus');
    const morgan = sheriffAt(real.terms, '37051', '2025-10-01');
    expect(morgan?.name).toBe('Johnathan Morgan');
    expect(morgan?.certainty).toBe('recorded');
    expect(sheriffAt(real.terms, '37051', '2026-11-21')?.name).toBe('Johnathan Morgan');
    expect(isNewSheriff(sheriffAt(real.terms, '37051', '2025-03-04'), morgan)).toBe(true);
  });
  it('records the Richmond mid-term appointment of 2021 and joins it to his elected term', () => {
    const gulledge = sheriffAt(real.terms, '37153', '2024-12-01');
    expect(gulledge?.name).toBe('Mark B. Gulledge');
    expect(gulledge && serviceStart(real.terms, gulledge)).toBe('2021-08-17');
    expect(sheriffAt(real.terms, '37153', '2021-08-10')?.certainty).toBe('unknown');
  });
  it('keeps the disputed one-day Anson appointment of 2022-12-05 apart from the term that followed', () => {
    expect(sheriffAt(real.terms, '37007', '2022-12-05')?.name).toBe('Gerald Cannon');
    const howell = sheriffAt(real.terms, '37007', '2022-12-06');
    expect(howell?.name).toBe('Scott Howell');
    expect(howell?.how).toMatch(/Supreme Court later upheld the appointment, 2025-03-21/);
  });
  it('says "as elected" where no change is recorded and "unknown" where a change is known but undated', () => {
    expect(sheriffAt(real.terms, '37183', '2025-10-01')?.certainty).toBe('as_elected');
    const brunswick = sheriffAt(real.terms, '37019', '2025-03-04');
    expect(brunswick?.name).toBe('');
    expect(brunswick?.certainty).toBe('unknown');
  });
  it('does not call a sheriff new when only the spelling of the name changed', () => {
    expect(
      isNewSheriff(
        sheriffAt(real.terms, '37015', '2022-12-01'),
        sheriffAt(real.terms, '37015', '2022-12-05'),
      ),
    ).toBe(false);
  });
  it('throws when two terms overlap', () => {
    const t = {
      fips: '37001',
      personId: 'x',
      name: 'X',
      party: null,
      from: '2020-01-01',
      to: '2020-12-31',
      how: '',
      certainty: 'recorded' as const,
      sourceIds: ['s'],
      note: '',
    };
    expect(() => sheriffAt([t, { ...t, personId: 'y', name: 'Y' }], '37001', '2020-06-01')).toThrow(
      /2 sheriffs/,
    );
  });
});
