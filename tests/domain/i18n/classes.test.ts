import { beforeAll, describe, expect, it } from 'vitest';
import { registerCatalog } from '../../../src/domain/i18n/catalog.ts';
import { localizeClasses } from '../../../src/domain/i18n/classes.ts';
import { es, esClasses } from '../../../src/domain/i18n/es.ts';

beforeAll(() => {
  registerCatalog('es', es, esClasses);
});
import { SHERIFF_CLASSES } from '../../../src/domain/layers.ts';

const classes = [
  { id: 'agreement_287g', label: '287(g) agreement', description: 'English.' },
  { id: 'some_new_class', label: 'A class added later', description: 'Not translated yet.' },
];

describe('localizeClasses', () => {
  it('keeps English as it is', () => {
    expect(localizeClasses(classes, 'en')).toEqual(classes);
  });

  it('puts labels and descriptions in Spanish by class id', () => {
    const [agreement] = localizeClasses(classes, 'es');
    expect(agreement).toEqual({ id: 'agreement_287g', ...esClasses['agreement_287g'] });
    expect(agreement!.label).not.toBe('287(g) agreement');
  });

  it('falls back to the dataset’s English for a class without a translation', () => {
    expect(localizeClasses(classes, 'es')[1]).toEqual(classes[1]);
  });

  it('translates the party classes', () => {
    expect(localizeClasses(SHERIFF_CLASSES, 'es').map((c) => c.label)).not.toContain('Democrat');
  });
});
