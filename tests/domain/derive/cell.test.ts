import { describe, expect, it } from 'vitest';
import { buildCell } from '../../../src/domain/derive/cell.ts';
import { deriveDetainer } from '../../../src/domain/derive/detainer.ts';
import { real } from './real-cases.ts';

const cell = (fips: string, date: string, previousDate = '2018-12-02') =>
  buildCell({ fips, date, previousDate, terms: real.terms, facts: real.facts });

describe('cells on real edge cases', () => {
  it('marks Buncombe disputed after HB 10: Tillis and DHS claims vs the sheriff saying he complies', () => {
    const c = cell('37021', '2025-10-01', '2025-03-04');
    expect(c.detainer).toBe('holds_required_by_law');
    expect(c.stance).toBe('limits_cooperation');
    expect(c.basis).toBe('disputed');
    expect(c.basisNote).toMatch(/U.S. Sen. Thom Tillis/);
    expect(c.basisNote).toMatch(/Quentin Miller/);
    // the DHS list was withdrawn by then, so it is no longer a live claim
    expect(c.basisNote).not.toMatch(/Department of Homeland Security/);
  });
  it('marks Chatham disputed with the statewide Sheriffs Association answer when the sheriff said nothing', () => {
    const c = cell('37037', '2025-10-01', '2025-03-04');
    expect(c.stance).toBe('no_stated_policy');
    expect(c.stanceBasis).toBe('disputed');
    expect(c.basisNote).toMatch(/NC Sheriffs' Association/);
  });
  it('drops Forsyth from disputed once Tillis walked back his claim', () => {
    expect(cell('37067', '2025-10-01', '2025-03-04').basis).toBe('documented');
  });
  it('does not let a 2019 ICE complaint dispute compliance with the 2024 mandate (Buncombe, Dec 2024)', () => {
    expect(cell('37021', '2024-12-01', '2019-08-21').basis).toBe('documented');
  });
  it('keeps voluntary and mandatory eras apart for Durham', () => {
    expect(deriveDetainer(real.facts, '37063', '2018-11-30').detainer).toBe('honors_detainers');
    expect(deriveDetainer(real.facts, '37063', '2018-12-31').detainer).toBe(
      'declines_without_judicial_order',
    );
    expect(deriveDetainer(real.facts, '37063', '2024-12-01').detainer).toBe('holds_required_by_law');
  });
  it('notes when a limiting policy was set by a previous sheriff (Wake: Baker, now Rowe)', () => {
    const c = cell('37183', '2024-12-01', '2019-08-21');
    expect(c.stance).toBe('limits_cooperation');
    expect(c.stanceNote).toMatch(/Set under Sheriff Gerald M. Baker/);
    expect(c.sheriffNew).toBe(true);
  });
  it('leaves a county with no records unknown before the mandate and statewide after it', () => {
    const before = cell('37003', '2019-08-21');
    expect([before.stance, before.detainer, before.basis]).toEqual([
      'no_stated_policy',
      'no_county_record',
      'unknown',
    ]);
    expect(before.sourceIds.length).toBeGreaterThan(0);
    const after = cell('37003', '2024-12-01', '2019-08-21');
    expect(after.basis).toBe('statewide');
    expect(after.sourceIds).toContain('carolinajournal-2024-11');
  });
});
