/**
 * The only module that imports the generated files in src/data/ (built by `npm run data`).
 */
import topologyJson from './nc-counties.topo.json';
import coreJson from './dataset-core.json';
import type { CountyTopology } from '../domain/geo.ts';
import type { DatasetCore, DatasetDetail } from '../domain/dataset-split.ts';

export const ncTopology = topologyJson as unknown as CountyTopology;

/** What the first view needs; validated at build time by scripts/build-dataset.ts. */
export const datasetCore = coreJson as DatasetCore;

let detail: Promise<DatasetDetail> | null = null;

/** The evidence (facts, all sources, notes), fetched once, when a county card first needs it. */
export function loadDatasetDetail(): Promise<DatasetDetail> {
  detail ??= import('./dataset-detail.json').then((module) => module.default as DatasetDetail);
  return detail;
}

export const countyIds: ReadonlySet<string> = new Set(
  ncTopology.objects.counties.geometries.map((g) => String(g.id)),
);

/** Time-slider step ids in order. */
export const stepIds: readonly string[] = datasetCore.steps.map((s) => s.id);
