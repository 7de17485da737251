import { describe, expect, it } from 'vitest';
import { fillVarChanges, fillVarName, fillVarRules, LIVE_FILLS_CLASS } from '../../src/domain/fill-vars.ts';

describe('fillVarName', () => {
  it('names one custom property per county', () => {
    expect(fillVarName('37001')).toBe('--f37001');
  });
});

describe('fillVarChanges', () => {
  const before = new Map([
    ['37001', '#b35806'],
    ['37003', '#5e3c99'],
    ['37005', '#999999'],
  ]);

  it('sets every county the first time', () => {
    expect(fillVarChanges(new Map(), before)).toEqual([
      ['--f37001', '#b35806'],
      ['--f37003', '#5e3c99'],
      ['--f37005', '#999999'],
    ]);
  });

  it('sets only the counties whose colour changed, and removes those no longer coloured', () => {
    const after = new Map([
      ['37001', '#b35806'],
      ['37003', '#e08214'],
    ]);
    expect(fillVarChanges(before, after)).toEqual([
      ['--f37003', '#e08214'],
      ['--f37005', null],
    ]);
  });

  it('changes nothing for the same fills, or equal ones', () => {
    expect(fillVarChanges(before, before)).toEqual([]);
    expect(fillVarChanges(before, new Map(before))).toEqual([]);
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
