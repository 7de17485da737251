import { en, type MessageKey, type Messages } from './en.ts';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Class labels and descriptions by class id, for languages other than the dataset's English. */
export type ClassTexts = Record<string, { label: string; description: string }>;

/**
 * Catalogs loaded so far. English is built in; other languages are loaded on demand
 * (src/state/languages.ts) so English readers never download them. Until a catalog arrives its
 * language falls back to English, never to blank text.
 */
const catalogs: Partial<Record<Lang, Messages>> = { en };
const classTexts: Partial<Record<Lang, ClassTexts>> = {};
let version = 0;
const listeners = new Set<() => void>();

export function registerCatalog(lang: Lang, messages: Messages, classes: ClassTexts): void {
  catalogs[lang] = messages;
  classTexts[lang] = classes;
  version += 1;
  for (const listener of listeners) listener();
}

export function hasCatalog(lang: Lang): boolean {
  return catalogs[lang] !== undefined;
}

/** Changes each time a catalog is registered (for useSyncExternalStore). */
export function catalogVersion(): number {
  return version;
}

export function onCatalogChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function classTextsFor(lang: Lang): ClassTexts | null {
  return classTexts[lang] ?? null;
}

/** BCP 47 tag for `<html lang>` and Intl formatting. */
export const htmlLang: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** Each language's name in itself, for the language switch. */
export const langName: Record<Lang, string> = { en: 'English', es: 'Español' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Looks up a message and fills `{placeholders}`; a missing parameter is left visible rather than blanked. */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = (catalogs[lang] ?? en)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export type { MessageKey };
