import { describe, expect, it } from 'vitest';
import { agreementsInForce } from '../../../src/domain/derive/agreements.ts';
import { deriveStance } from '../../../src/domain/derive/stance.ts';
import { real } from './real-cases.ts';

describe('287(g) agreements in force (real data)', () => {
  it('does not count Columbus at the SB 153 step: its agreement was signed 2025-03-05, the day after', () => {
    expect(agreementsInForce(real.facts, '37047', '2025-03-04', 'sheriff')).toEqual([]);
    expect(deriveStance(real.facts, '37047', '2025-03-04').stance).toBe('no_stated_policy');
    expect(agreementsInForce(real.facts, '37047', '2025-03-05', 'sheriff').map((f) => f.date)).toEqual([
      '2025-03-05',
    ]);
  });
  it('ends Mecklenburg and Wake agreements on the days the new sheriffs withdrew', () => {
    expect(agreementsInForce(real.facts, '37119', '2018-12-04', 'sheriff')).toHaveLength(1);
    expect(agreementsInForce(real.facts, '37119', '2018-12-05', 'sheriff')).toEqual([]);
    expect(agreementsInForce(real.facts, '37183', '2018-12-06', 'sheriff')).toHaveLength(1);
    expect(agreementsInForce(real.facts, '37183', '2018-12-31', 'sheriff')).toEqual([]);
  });
  it('counts Catawba from the earlier of its two conflicting dates (2025-06-12 vs 2025-07-29)', () => {
    expect(agreementsInForce(real.facts, '37035', '2025-06-12', 'sheriff').map((f) => f.date)).toEqual([
      '2025-06-12',
    ]);
    expect(agreementsInForce(real.facts, '37035', '2025-10-01', 'sheriff').map((f) => f.date)).toEqual([
      '2025-06-12',
      '2025-07-29',
    ]);
  });
  it("ignores town police agreements for the sheriff's class (Moore: Robbins PD)", () => {
    expect(agreementsInForce(real.facts, '37125', '2026-11-21').map((f) => f.agency)).toEqual(['police']);
    expect(deriveStance(real.facts, '37125', '2026-11-21').stance).toBe('no_stated_policy');
  });
  it('adds Person County only after its 2026-02-10 jail agreement', () => {
    expect(deriveStance(real.facts, '37145', '2025-10-01').stance).toBe('no_stated_policy');
    expect(deriveStance(real.facts, '37145', '2026-11-21').stance).toBe('agreement_287g');
  });
});
