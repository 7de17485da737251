import type { ClassDef } from '../dataset.ts';
import type { Lang } from './catalog.ts';
import { esClasses } from './es.ts';

const TRANSLATIONS: Record<Lang, Record<string, { label: string; description: string }> | null> = {
  en: null,
  es: esClasses,
};

/**
 * Class labels and descriptions in `lang`, looked up by class id; a class without a translation
 * keeps the dataset's English text rather than disappearing.
 */
export function localizeClasses(classes: readonly ClassDef[], lang: Lang): ClassDef[] {
  const table = TRANSLATIONS[lang];
  if (!table) return [...classes];
  return classes.map((cls) => {
    const translated = table[cls.id];
    return translated ? { id: cls.id, label: translated.label, description: translated.description } : cls;
  });
}
