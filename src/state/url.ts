import { isLang, type Lang } from '../domain/i18n/catalog.ts';
import { LAYERS, type Layer } from '../domain/layers.ts';

export const VIEWS = ['map', 'table', 'multiples', 'about'] as const;
export type View = (typeof VIEWS)[number];
export const THEMES = ['auto', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/** Everything a link can carry (ARCHITECTURE.md, "Public contract"). */
export interface UrlState {
  layer: Layer;
  step: string;
  county: string | null;
  view: View;
  lang: Lang;
  theme: Theme;
  embed: boolean;
  present: boolean;
}

/** What the values are checked against; comes from the dataset. */
export interface UrlContext {
  stepIds: readonly string[];
  countyIds: ReadonlySet<string>;
}

export function defaultUrlState(context: UrlContext): UrlState {
  return {
    layer: 'stance',
    step: context.stepIds.at(-1) ?? '',
    county: null,
    view: 'map',
    lang: 'en',
    theme: 'auto',
    embed: false,
    present: false,
  };
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Unknown or malformed values fall back to defaults; parsing never throws. */
export function parseUrlState(search: string, context: UrlContext): UrlState {
  const params = new URLSearchParams(search);
  const defaults = defaultUrlState(context);
  const county = params.get('county');
  const lang = params.get('lang');
  return {
    layer: oneOf(LAYERS, params.get('layer'), defaults.layer),
    step: oneOf(context.stepIds, params.get('step'), defaults.step),
    county: county !== null && context.countyIds.has(county) ? county : null,
    view: oneOf(VIEWS, params.get('view'), defaults.view),
    lang: isLang(lang) ? lang : defaults.lang,
    theme: oneOf(THEMES, params.get('theme'), defaults.theme),
    embed: params.get('embed') === '1',
    present: params.get('present') === '1',
  };
}

/** Only values that differ from the defaults are written, so default links stay short. */
export function serializeUrlState(state: UrlState, context: UrlContext): string {
  const defaults = defaultUrlState(context);
  const params = new URLSearchParams();
  if (state.layer !== defaults.layer) params.set('layer', state.layer);
  if (state.step !== defaults.step) params.set('step', state.step);
  if (state.county !== null) params.set('county', state.county);
  if (state.view !== defaults.view) params.set('view', state.view);
  if (state.lang !== defaults.lang) params.set('lang', state.lang);
  if (state.theme !== defaults.theme) params.set('theme', state.theme);
  if (state.embed) params.set('embed', '1');
  if (state.present) params.set('present', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}
