import { describe, expect, it } from 'vitest';
import { fillVarName, fillVarRules, fillVars, LIVE_FILLS_CLASS } from '../../src/domain/fill-vars.ts';

describe('fillVars', () => {
  it('names one custom property per county, holding its colour', () => {
    const fills = new Map([
      ['37001', '#b35806'],
      ['37183', '#5e3c99'],
    ]);
    expect(fillVars(fills)).toEqual({ '--f37001': '#b35806', '--f37183': '#5e3c99' });
  });

  it('returns the same object for the same fills, so React sees no change', () => {
    const fills = new Map([['37001', '#b35806']]);
    expect(fillVars(fills)).toBe(fillVars(fills));
    expect(fillVars(new Map(fills))).not.toBe(fillVars(fills));
  });
});

describe('fillVarRules', () => {
  it('writes one rule per county that applies only to a live map and falls back to unknown', () => {
    const css = fillVarRules(['37001', '37003']);
    expect(css.split('\n')).toEqual([
      `.${LIVE_FILLS_CLASS} path[data-fips='37001'] { fill: var(${fillVarName('37001')}, var(--county-unknown)); }`,
      `.${LIVE_FILLS_CLASS} path[data-fips='37003'] { fill: var(--f37003, var(--county-unknown)); }`,
    ]);
  });
});
