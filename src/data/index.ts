/**
 * The only module that imports the generated files in src/data/ (built by `npm run data`).
 */
import geometryJson from './nc-geometry.json';
import coreJson from './dataset-core.json';
import type { EncodedDatasetCore } from '../domain/dataset-codec.ts';
import type { DatasetDetail } from '../domain/dataset-split.ts';
import type { MapGeometry } from '../domain/geo.ts';

/** The projected map (scripts/build-geometry.ts): paths, borders, outline; nothing is projected at load. */
export const ncGeometry: MapGeometry = {
  width: geometryJson.width,
  height: geometryJson.height,
  counties: geometryJson.counties as MapGeometry['counties'],
  borders: geometryJson.borders,
  outline: geometryJson.outline,
};

/** Bordering counties by FIPS, computed from the topology's shared arcs at build time. */
export const ncAdjacency: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(geometryJson.adjacency as Record<string, string[]>),
);

/**
 * What the first view needs, validated at build time by scripts/build-dataset.ts, in its compact
 * encoding (components/appData.ts decodes it with domain/dataset-codec.ts).
 */
export const datasetCoreEncoded = coreJson as EncodedDatasetCore;

let detail: Promise<DatasetDetail> | null = null;

/** The evidence (facts, all sources, notes), fetched once, when a county card first needs it. */
export function loadDatasetDetail(): Promise<DatasetDetail> {
  detail ??= import('./dataset-detail.json').then((module) => module.default as DatasetDetail);
  return detail;
}

export const countyIds: ReadonlySet<string> = new Set(ncGeometry.counties.map((c) => c.fips));

/** Time-slider step ids in order. */
export const stepIds: readonly string[] = datasetCoreEncoded.steps.map((s) => s.id);
