import { useCallback } from 'react';
import { translate, type MessageKey } from '../domain/i18n/catalog.ts';
import { useAppStore } from '../state/store.ts';

/** The translate function for the current language. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
