import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../../src/domain/i18n/en.ts';
import { es, esClasses } from '../../../src/domain/i18n/es.ts';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

const enKeys = Object.keys(en).sort();
const esKeys = Object.keys(es).sort();

/** Keys whose Spanish value may legitimately equal the English one even when long. None today. */
const SAME_AS_ENGLISH_ALLOWED: readonly MessageKey[] = [];

describe('Spanish catalog', () => {
  it('has every English key', () => {
    expect(enKeys.filter((key) => !(key in es))).toEqual([]);
  });

  it('has no key that English lacks', () => {
    expect(esKeys.filter((key) => !(key in en))).toEqual([]);
  });

  it.each(enKeys as MessageKey[])('%s keeps the same placeholders', (key) => {
    expect(placeholders(es[key])).toEqual(placeholders(en[key]));
  });

  it('has no empty value', () => {
    expect(esKeys.filter((key) => es[key as MessageKey].trim() === '')).toEqual([]);
  });

  it('has no long English sentence left untranslated', () => {
    const copied = enKeys.filter(
      (key) =>
        !SAME_AS_ENGLISH_ALLOWED.includes(key as MessageKey) &&
        en[key as MessageKey].length > 25 &&
        es[key as MessageKey] === en[key as MessageKey],
    );
    expect(copied).toEqual([]);
  });

  it('does not use "santuario" as a label', () => {
    expect(esKeys.filter((key) => /santuario/i.test(es[key as MessageKey]))).toEqual([]);
  });
});

describe('Spanish class labels', () => {
  const ids = [
    'agreement_287g',
    'limits_cooperation',
    'no_stated_policy',
    'honors_detainers',
    'declines_without_judicial_order',
    'no_county_record',
    'holds_required_by_law',
    'DEM',
    'REP',
    'UNA',
    'unknown',
  ];

  it('covers exactly the 11 class ids', () => {
    expect(Object.keys(esClasses).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s has a non-empty label and description', (id) => {
    const cls = esClasses[id];
    expect(cls?.label.trim()).toBeTruthy();
    expect(cls?.description.trim()).toBeTruthy();
  });
});
