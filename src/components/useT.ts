import { useCallback, useSyncExternalStore } from 'react';
import { catalogVersion, onCatalogChange, translate, type MessageKey } from '../domain/i18n/catalog.ts';
import { useAppStore, type AppState } from '../state/store.ts';

const selectLang = (s: AppState) => s.lang;

/** Re-renders when a language's catalog arrives; the version is part of the memo keys that use it. */
export function useCatalogVersion(): number {
  return useSyncExternalStore(onCatalogChange, catalogVersion, catalogVersion);
}

/** The translate function for the current language. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useAppStore(selectLang);
  const version = useCatalogVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` changes when the catalog for `lang` arrives
  return useCallback((key, params) => translate(lang, key, params), [lang, version]);
}
