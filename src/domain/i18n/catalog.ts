import { en, type MessageKey, type Messages } from './en.ts';
import { es } from './es.ts';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

const catalogs: Record<Lang, Messages> = { en, es };

/** BCP 47 tag for `<html lang>` and Intl formatting. */
export const htmlLang: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** Each language's name in itself, for the language switch. */
export const langName: Record<Lang, string> = { en: 'English', es: 'Español' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Looks up a message and fills `{placeholders}`; a missing parameter is left visible rather than blanked. */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogs[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export type { MessageKey };
