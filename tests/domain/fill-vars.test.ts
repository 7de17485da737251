import { describe, expect, it } from 'vitest';
import {
  countyClassName,
  fillVarChanges,
  fillVarName,
  fillVarRules,
  LIVE_FILLS_CLASS,
  LIVE_LAYER_ATTRIBUTE,
} from '../../src/domain/fill-vars.ts';

describe('fillVarName', () => {
  it('names one custom property per layer and county', () => {
    expect(fillVarName('stance', '37001')).toBe('--stance-37001');
    expect(fillVarName('sheriff', '37001')).toBe('--sheriff-37001');
  });
});

describe('fillVarChanges', () => {
  const before = new Map([
    ['37001', '#b35806'],
    ['37003', '#5e3c99'],
    ['37005', '#999999'],
  ]);

  it('sets every county the first time', () => {
    expect(fillVarChanges('stance', new Map(), before)).toEqual([
      ['--stance-37001', '#b35806'],
      ['--stance-37003', '#5e3c99'],
      ['--stance-37005', '#999999'],
    ]);
  });

  it('sets only the counties whose colour changed, and removes those no longer coloured', () => {
    const after = new Map([
      ['37001', '#b35806'],
      ['37003', '#e08214'],
    ]);
    expect(fillVarChanges('detainer', before, after)).toEqual([
      ['--detainer-37003', '#e08214'],
      ['--detainer-37005', null],
    ]);
  });

  it('changes nothing for the same fills, or equal ones', () => {
    expect(fillVarChanges('stance', before, before)).toEqual([]);
    expect(fillVarChanges('stance', before, new Map(before))).toEqual([]);
  });
});

describe('fillVarRules', () => {
  it('writes one rule per layer and county, for a live map showing that layer, falling back to unknown', () => {
    const css = fillVarRules(['stance', 'sheriff'], ['37001', '37003']);
    const live = `.${LIVE_FILLS_CLASS}`;
    expect(css.split('\n')).toEqual([
      `${live}[${LIVE_LAYER_ATTRIBUTE}='stance'] .${countyClassName('37001')} { fill: var(${fillVarName('stance', '37001')}, var(--county-unknown)); }`,
      `${live}[${LIVE_LAYER_ATTRIBUTE}='stance'] .c37003 { fill: var(--stance-37003, var(--county-unknown)); }`,
      `${live}[${LIVE_LAYER_ATTRIBUTE}='sheriff'] .c37001 { fill: var(--sheriff-37001, var(--county-unknown)); }`,
      `${live}[${LIVE_LAYER_ATTRIBUTE}='sheriff'] .c37003 { fill: var(--sheriff-37003, var(--county-unknown)); }`,
    ]);
  });
});
