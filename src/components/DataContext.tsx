import { createContext, useContext, useDeferredValue, type ReactNode } from 'react';
import type { DatasetCore, DatasetDetail } from '../domain/dataset-split.ts';
import type { MapGeometry } from '../domain/geo.ts';
import { stepView, type StepView } from '../domain/step-view.ts';
import { useAppStore } from '../state/store.ts';

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
 * Publishes the view of the store's layer and step, deferred (useDeferredValue): on a change it
 * re-renders at once with the previous view (so its consumers skip the urgent pass; `children` is
 * the same element) and again, interruptibly, with the new one. See useStepView.
 */
function StepViewProvider({ dataset, children }: { dataset: DatasetCore; children: ReactNode }) {
  const layer = useDeferredValue(useAppStore((s) => s.layer));
  const stepId = useDeferredValue(useAppStore((s) => s.step));
  return (
    <StepViewContext.Provider value={stepView(dataset, layer, stepId)}>{children}</StepViewContext.Provider>
  );
}

/** Supplies the dataset and geometry; the app passes the generated data, tests a fixture. */
export function DataProvider({ value, children }: { value: AppData; children: ReactNode }) {
  return (
    <DataContext.Provider value={value}>
      <StepViewProvider dataset={value.dataset}>{children}</StepViewProvider>
    </DataContext.Provider>
  );
}

/** The deferred view from the nearest <DataProvider> (null outside one). */
export function useDeferredStepView(): StepView | null {
  return useContext(StepViewContext);
}

export function useData(): AppData {
  const value = useContext(DataContext);
  if (!value) throw new Error('useData() needs a <DataProvider>');
  return value;
}
