/**
 * The only module that imports the generated files in src/data/ (built by `npm run data`).
 */
import topologyJson from './nc-counties.topo.json';
import datasetJson from './dataset.json';
import type { CountyTopology } from '../domain/geo.ts';
import type { Dataset } from '../domain/dataset.ts';

export const ncTopology = topologyJson as unknown as CountyTopology;

/** Validated at build time by scripts/build-dataset.ts, so the runtime only asserts its type. */
export const dataset = datasetJson as Dataset;

export const countyIds: ReadonlySet<string> = new Set(
  ncTopology.objects.counties.geometries.map((g) => String(g.id)),
);

/** Time-slider step ids in order. */
export const stepIds: readonly string[] = dataset.steps.map((s) => s.id);
