/**
 * Where the browser gets the app's data: from the prerendered page (its data block plus the paths
 * of the map it already shows, see src/domain/first-view.ts), or, on a page without them (the dev
 * server), from modules loaded on demand.
 */
import type { AppData } from './components/DataContext.tsx';
import { loadDatasetDetail, loadFirstViewModules } from './data/index.ts';
import { decodeDatasetCore, type EncodedDatasetCore } from './domain/dataset-codec.ts';
import {
  FIRST_VIEW_ELEMENT_ID,
  geometryWithPaths,
  type FirstViewPayload,
  type MapGeometryFile,
} from './domain/first-view.ts';
import type { MapGeometry } from './domain/geo.ts';

export function assembleAppData(
  core: EncodedDatasetCore,
  geometry: MapGeometry,
  adjacency: Record<string, string[]>,
): AppData {
  return {
    dataset: decodeDatasetCore(core),
    loadDetail: loadDatasetDetail,
    geometry,
    adjacency: new Map(Object.entries(adjacency)),
  };
}

/** The data a prerendered page carries, or null when it lacks the data block or any map path. */
export function readFirstView(doc: Document): AppData | null {
  const block = doc.getElementById(FIRST_VIEW_ELEMENT_ID);
  const svg = doc.querySelector('svg.county-map');
  if (!block?.textContent || !svg) return null;
  const payload = JSON.parse(block.textContent) as FirstViewPayload;
  const counties = new Map<string, string>();
  for (const path of svg.querySelectorAll('path[data-fips]')) {
    const d = path.getAttribute('d');
    const fips = path.getAttribute('data-fips');
    if (d && fips) counties.set(fips, d);
  }
  const geometry = geometryWithPaths(payload.map, {
    counties,
    borders: svg.querySelector('.county-map__borders')?.getAttribute('d') ?? null,
    outline: svg.querySelector('.county-map__outline')?.getAttribute('d') ?? null,
  });
  return geometry ? assembleAppData(payload.core, geometry, payload.map.adjacency) : null;
}

/** The app's data: from the page when it carries it, otherwise from the lazily loaded modules. */
export async function loadAppData(doc: Document): Promise<AppData> {
  const fromPage = readFirstView(doc);
  if (fromPage) return fromPage;
  const { datasetCoreEncoded, ncGeometry } = await loadFirstViewModules();
  return assembleAppData(datasetCoreEncoded, withoutAdjacency(ncGeometry), ncGeometry.adjacency);
}

export function withoutAdjacency({ adjacency: _, ...geometry }: MapGeometryFile): MapGeometry {
  return geometry;
}
