import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { DatasetCore, DatasetDetail } from '../domain/dataset-split.ts';
import type { MapGeometry } from '../domain/geo.ts';
import { stepView, type StepView } from '../domain/step-view.ts';
import { selectLang, selectLayer, selectStep, useAppStore } from '../state/store.ts';
import { localizeClasses } from '../domain/i18n/classes.ts';
import { SHERIFF_CLASSES } from '../domain/layers.ts';
import { TranslateContext, useCatalogVersion, type Translate } from './useT.ts';
import { translate } from '../domain/i18n/catalog.ts';
import { useStoreAfterTask } from './useStoreAfterTask.ts';

export interface AppData {
  /** What the first view shows: classes and sheriffs per county and step. */
  dataset: DatasetCore;
  /** The evidence behind it, loaded on demand (once) for the county card. */
  loadDetail: () => Promise<DatasetDetail>;
  geometry: MapGeometry;
  /** Bordering counties by FIPS, for arrow-key moves on the map. */
  adjacency: ReadonlyMap<string, readonly string[]>;
}

const DataContext = createContext<AppData | null>(null);

const StepViewContext = createContext<StepView | null>(null);

/**
 * Publishes the view of the store's layer and step as React renders them: a task after the change,
 * in a transition (useStoreAfterTask). See useStepView.
 */
function StepViewProvider({ dataset, children }: { dataset: DatasetCore; children: ReactNode }) {
  const layer = useStoreAfterTask(selectLayer);
  const stepId = useStoreAfterTask(selectStep);
  return (
    <StepViewContext.Provider value={stepView(dataset, layer, stepId)}>{children}</StepViewContext.Provider>
  );
}

/**
 * Supplies the dataset and geometry; the app passes the generated data, tests a fixture. Class
 * labels are put in the reader's language here, once per language, so every consumer (and the
 * step-view cache, keyed by the dataset object) sees one stable dataset.
 */
export function DataProvider({ value, children }: { value: AppData; children: ReactNode }) {
  const lang = useAppStore(selectLang);
  const catalogs = useCatalogVersion();
  const localized = useMemo((): AppData => {
    if (lang === 'en') return value;
    const { classes } = value.dataset;
    return {
      ...value,
      dataset: {
        ...value.dataset,
        classes: {
          stance: localizeClasses(classes.stance, lang),
          detainer: localizeClasses(classes.detainer, lang),
          sheriff: localizeClasses(classes.sheriff ?? SHERIFF_CLASSES, lang),
        },
      },
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `catalogs` changes when the class texts for `lang` arrive
  }, [value, lang, catalogs]);
  const t = useMemo(
    (): Translate => (key, params) => translate(lang, key, params),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `catalogs` changes when the catalog for `lang` arrives
    [lang, catalogs],
  );
  return (
    <DataContext.Provider value={localized}>
      <TranslateContext.Provider value={t}>
        <StepViewProvider dataset={localized.dataset}>{children}</StepViewProvider>
      </TranslateContext.Provider>
    </DataContext.Provider>
  );
}

/** The deferred view from the nearest <DataProvider>. */
export function useDeferredStepView(): StepView {
  const view = useContext(StepViewContext);
  if (!view) throw new Error('useStepView() needs a <DataProvider>');
  return view;
}

export function useData(): AppData {
  const value = useContext(DataContext);
  if (!value) throw new Error('useData() needs a <DataProvider>');
  return value;
}
