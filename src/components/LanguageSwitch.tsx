import { LANGS, langName } from '../domain/i18n/catalog.ts';
import { useAppStore } from '../state/store.ts';
import { chooseLanguage } from '../state/languages.ts';
import { useT } from './useT.ts';

/** English / Español; each name is written, and marked up, in its own language. */
export function LanguageSwitch() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  return (
    <div className="segmented" role="group" aria-label={t('lang.label')}>
      {LANGS.map((id) => (
        <button
          key={id}
          type="button"
          lang={id}
          aria-pressed={lang === id}
          onClick={() => void chooseLanguage(id)}
        >
          {langName[id]}
        </button>
      ))}
    </div>
  );
}
