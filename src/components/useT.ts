import { createContext, useContext, useSyncExternalStore } from 'react';
import { catalogVersion, onCatalogChange, translate, type MessageKey } from '../domain/i18n/catalog.ts';
import { useAppStore } from '../state/store.ts';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Re-renders when a language's catalog arrives; the version is part of the memo keys that use it. */
export function useCatalogVersion(): number {
  return useSyncExternalStore(onCatalogChange, catalogVersion, catalogVersion);
}

/**
 * The translate function for the reader's language, from <DataProvider>, which alone follows the
 * store's language: one store listener instead of one per component, each of which every key
 * press would run.
 */
export const TranslateContext = createContext<Translate | null>(null);

/** Outside a provider (a component rendered alone): the store's language when called. */
const translateNow: Translate = (key, params) => translate(useAppStore.getState().lang, key, params);

/** The translate function for the current language. */
export function useT(): Translate {
  return useContext(TranslateContext) ?? translateNow;
}
