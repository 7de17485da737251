import { hasCatalog, registerCatalog, type Lang } from '../domain/i18n/catalog.ts';
import { setLang, useAppStore } from './store.ts';

const loading = new Map<Lang, Promise<void>>();

/** Where each non-English catalog comes from: a separate chunk, fetched on first use. */
const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<void>> = {
  es: () =>
    import('../domain/i18n/es.ts').then((module) => registerCatalog('es', module.es, module.esClasses)),
};

/** Fetches a language's catalog once (English is built in). */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' || hasCatalog(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().catch((error: unknown) => {
      loading.delete(lang);
      throw error;
    });
    loading.set(lang, pending);
  }
  return pending;
}

/** Switches language once its catalog is here, so the page never flashes half-translated. */
export async function chooseLanguage(lang: Lang): Promise<void> {
  await loadLanguage(lang);
  setLang(lang);
}

/** Loads the catalog of whatever language the store reaches by other paths (URL, Back/Forward). */
export function startLanguageLoading(): () => void {
  void loadLanguage(useAppStore.getState().lang);
  return useAppStore.subscribe((state, previous) => {
    if (state.lang !== previous.lang) void loadLanguage(state.lang);
  });
}
