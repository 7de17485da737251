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

  it('never offers a statewide pre-mandate figure as a county’s response (Mecklenburg, Mar 2025)', () => {
    const c = cell('37119', '2025-03-04', '2024-12-01');
    expect(c.basis).toBe('disputed');
    expect(c.basisNote).not.toMatch(/Carolina Journal/);
    // The sheriff's office's own counts answer ICE's claim.
    expect(c.basisNote).toMatch(/Response: .*Mecklenburg County Sheriff's Office/);
  });
  it('answers a claim only with the county’s own words or counts from the same era (Durham, Oct 2025)', () => {
    const c = cell('37063', '2025-10-01', '2025-03-04');
    expect(c.basis).toBe('disputed');
    expect(c.basisNote).not.toMatch(/\(2017\)|\(2018-12-14\)/);
  });
  it('says plainly when a county gave no reply, with only mandate-era statewide context (Chatham)', () => {
    const c = cell('37037', '2025-10-01', '2025-03-04');
    expect(c.basisNote).toMatch(/No reply from the sheriff's office was found in the sources\./);
    expect(c.basisNote).toMatch(/Statewide context: NC Sheriffs' Association/);
    expect(c.basisNote).not.toMatch(/Response:/);
    expect(c.basisNote).not.toMatch(/Carolina Journal/);
  });
  it('labels a refusal stated before HB 10 as such once holds are mandatory (Durham, Oct 2025)', () => {
    const before = cell('37063', '2019-08-21', '2018-12-31');
    expect(before.stanceNote).toMatch(/^Latest stated policy/);
    const after = cell('37063', '2025-10-01', '2025-03-04');
    expect(after.stanceNote).toMatch(/^Policy stated before HB 10 made detainer holds mandatory/);
    expect(after.stanceNote).toMatch(/Since Dec 1, 2024 state law requires the holds\./);
  });
  it('does not say "no later change was found" when the new sheriff spoke since (Wake, Mar 2025)', () => {
    const c = cell('37183', '2025-03-04', '2024-12-01');
    expect(c.stanceNote).toMatch(/Set under Sheriff Gerald M. Baker\./);
    expect(c.stanceNote).not.toMatch(/no later change/);
  });
  it('marks a start date that is only the first election in the data (Person, 2018) as a lower bound', () => {
    const person = cell('37145', '2018-12-31');
    expect(person.sheriffSince).toBe('2014-12-01');
    expect(person.sheriffSinceIsEarliestInData).toBe(true);
    // A mid-term appointee's start is recorded, not a data horizon.
    expect(cell('37051', '2026-11-21', '2025-10-01').sheriffSinceIsEarliestInData).toBeUndefined();
  });
});
