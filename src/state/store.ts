import { create } from 'zustand';
import { countyIds, stepIds } from '../data/index.ts';
import type { Lang } from '../domain/i18n/catalog.ts';
import type { Layer } from '../domain/layers.ts';
import {
  defaultUrlState,
  parseUrlState,
  type Theme,
  type UrlContext,
  type UrlState,
  type View,
} from './url.ts';

/** The user's choices only; everything shown is derived from these plus the dataset. */
export interface AppState extends UrlState {
  /** The time slider is playing; not part of the URL. */
  playing: boolean;
}

export const urlContext: UrlContext = { stepIds, countyIds };

/** Starts at the defaults, so server rendering never reads `window`; main.tsx loads the URL. */
export const useAppStore = create<AppState>()(() => ({ ...defaultUrlState(urlContext), playing: false }));

// Module-level selectors: a new function per render would make React re-check it after each commit.
export const selectLayer = (s: AppState) => s.layer;
export const selectStep = (s: AppState) => s.step;
export const selectLang = (s: AppState) => s.lang;
export const selectPlaying = (s: AppState) => s.playing;

export function loadFromSearch(search: string): void {
  useAppStore.setState({ ...parseUrlState(search, urlContext), playing: false }, true);
}

export function resetAppStore(): void {
  useAppStore.setState({ ...defaultUrlState(urlContext), playing: false }, true);
}

export const setLayer = (layer: Layer): void => useAppStore.setState({ layer });
export const setStep = (step: string): void => {
  if (urlContext.stepIds.includes(step)) useAppStore.setState({ step });
};
export const selectCounty = (county: string | null): void => {
  if (county === null || urlContext.countyIds.has(county)) useAppStore.setState({ county });
};
export const setView = (view: View): void => useAppStore.setState({ view });
export const setLang = (lang: Lang): void => useAppStore.setState({ lang });
export const setTheme = (theme: Theme): void => useAppStore.setState({ theme });
