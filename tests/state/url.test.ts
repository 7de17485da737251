import { describe, expect, it } from 'vitest';
import { defaultUrlState, parseUrlState, serializeUrlState, type UrlContext } from '../../src/state/url.ts';

const context: UrlContext = {
  stepIds: ['2018-12', '2019-08', '2026-11'],
  countyIds: new Set(['37001', '37183']),
};

describe('parseUrlState', () => {
  it('gives the defaults for an empty query, with the latest step', () => {
    expect(parseUrlState('', context)).toEqual(defaultUrlState(context));
    expect(parseUrlState('', context).step).toBe('2026-11');
  });

  it('reads every documented parameter', () => {
    const state = parseUrlState(
      '?layer=sheriff&step=2019-08&county=37183&view=table&lang=en&theme=dark&embed=1&present=1',
      context,
    );
    expect(state).toEqual({
      layer: 'sheriff',
      step: '2019-08',
      county: '37183',
      view: 'table',
      lang: 'en',
      theme: 'dark',
      embed: true,
      present: true,
    });
  });

  it('falls back to the default for each malformed value instead of throwing', () => {
    const state = parseUrlState(
      '?layer=bogus&step=1999-01&county=99999&view=%00&lang=xx&theme=neon&embed=yes&present=true',
      context,
    );
    expect(state).toEqual(defaultUrlState(context));
  });

  it('reads Spanish', () => {
    expect(parseUrlState('?lang=es', context).lang).toBe('es');
  });

  it('ignores unknown parameters and keeps the valid ones', () => {
    expect(parseUrlState('?utm_source=x&layer=detainer', context).layer).toBe('detainer');
  });

  it('uses the first of repeated parameters', () => {
    expect(parseUrlState('?layer=sheriff&layer=detainer', context).layer).toBe('sheriff');
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeUrlState(defaultUrlState(context), context)).toBe('');
  });

  it('round-trips a non-default view', () => {
    const state = {
      ...defaultUrlState(context),
      layer: 'detainer' as const,
      step: '2018-12',
      county: '37001',
    };
    const search = serializeUrlState(state, context);
    expect(search).toBe('?layer=detainer&step=2018-12&county=37001');
    expect(parseUrlState(search, context)).toEqual(state);
  });
});
