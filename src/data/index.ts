/**
 * The only module that imports the generated files in src/data/ (built by `npm run data`).
 */
import topologyJson from './nc-counties.topo.json';
import type { CountyTopology } from '../domain/geo.ts';

export const ncTopology = topologyJson as unknown as CountyTopology;

export const countyIds: ReadonlySet<string> = new Set(
  ncTopology.objects.counties.geometries.map((g) => String(g.id)),
);

/** Time-slider step ids in order. Filled from the dataset once `npm run data` builds it (issue 3). */
export const stepIds: readonly string[] = [];
