import type { ClassDef } from '../dataset.ts';
import { classTextsFor, type Lang } from './catalog.ts';

/**
 * Class labels and descriptions in `lang`, looked up by class id; a class without a translation
 * (or a language whose catalog has not arrived yet) keeps the dataset's English text.
 */
export function localizeClasses(classes: readonly ClassDef[], lang: Lang): ClassDef[] {
  const table = classTextsFor(lang);
  if (!table) return [...classes];
  return classes.map((cls) => {
    const translated = table[cls.id];
    return translated ? { id: cls.id, label: translated.label, description: translated.description } : cls;
  });
}
