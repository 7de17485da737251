import { createContext, useContext, type ReactNode } from 'react';
import type { DatasetCore, DatasetDetail } from '../domain/dataset-split.ts';
import type { MapGeometry } from '../domain/geo.ts';

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

/** Supplies the dataset and geometry; the app passes the generated data, tests a fixture. */
export function DataProvider({ value, children }: { value: AppData; children: ReactNode }) {
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

export function useData(): AppData {
  const value = useContext(DataContext);
  if (!value) throw new Error('useData() needs a <DataProvider>');
  return value;
}
