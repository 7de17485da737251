import { beforeEach, describe, expect, it } from 'vitest';
import { hasCatalog, translate } from '../../src/domain/i18n/catalog.ts';
import { chooseLanguage, loadLanguage } from '../../src/state/languages.ts';
import { resetAppStore, useAppStore } from '../../src/state/store.ts';

beforeEach(() => {
  resetAppStore();
});

describe('languages', () => {
  it('English needs no loading', async () => {
    await loadLanguage('en');
    expect(hasCatalog('en')).toBe(true);
  });

  it('loads Spanish once, on demand, and only then switches the store', async () => {
    expect(hasCatalog('es')).toBe(false);
    const first = loadLanguage('es');
    const second = loadLanguage('es');
    expect(second).toBe(first);
    await chooseLanguage('es');
    expect(hasCatalog('es')).toBe(true);
    expect(useAppStore.getState().lang).toBe('es');
    expect(translate('es', 'layer.stance')).not.toBe(translate('en', 'layer.stance'));
  });
});
