import { describe, expect, it } from 'vitest';
import { htmlLang, isLang, translate } from '../../../src/domain/i18n/catalog.ts';

describe('translate', () => {
  it('returns the English message for a key', () => {
    expect(translate('en', 'app.title')).toBe('North Carolina sheriffs and ICE');
  });

  it('fills placeholders', () => {
    expect(translate('en', 'map.county', { name: 'Wake' })).toBe('Wake County');
  });

  it('leaves a placeholder visible when its parameter is missing', () => {
    expect(translate('en', 'map.county', {})).toBe('{name} County');
  });
});

describe('isLang and htmlLang', () => {
  it('accepts only catalog languages', () => {
    expect(isLang('en')).toBe(true);
    expect(isLang('xx')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });

  it('maps each language to a BCP 47 tag', () => {
    expect(htmlLang.en).toBe('en-US');
  });
});

describe('catalog registry', () => {
  it('falls back to English for a language whose catalog has not arrived, then uses it', async () => {
    const { registerCatalog, hasCatalog, onCatalogChange, catalogVersion } =
      await import('../../../src/domain/i18n/catalog.ts');
    const { es, esClasses } = await import('../../../src/domain/i18n/es.ts');
    expect(hasCatalog('es')).toBe(false);
    expect(translate('es', 'app.title')).toBe('North Carolina sheriffs and ICE');
    let notified = 0;
    const stop = onCatalogChange(() => notified++);
    const before = catalogVersion();
    registerCatalog('es', es, esClasses);
    stop();
    expect(notified).toBe(1);
    expect(catalogVersion()).toBe(before + 1);
    expect(hasCatalog('es')).toBe(true);
    expect(translate('es', 'app.title')).toBe(es['app.title']);
    expect(translate('es', 'app.title')).not.toBe('North Carolina sheriffs and ICE');
  });
});
