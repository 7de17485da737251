/**
 * The only module, with first-view-modules.ts, that imports the generated files in src/data/
 * (built by `npm run data`). The first view's data reaches the browser in the prerendered page
 * (src/domain/first-view.ts); what is imported here is small or loaded on demand.
 */
import ids from './ids.json';
import type { DatasetDetail } from '../domain/dataset-split.ts';
import type * as FirstViewModules from './first-view-modules.ts';

/** County FIPS codes, for URL parsing. */
export const countyIds: ReadonlySet<string> = new Set(ids.counties);

/** Time-slider step ids in order. */
export const stepIds: readonly string[] = ids.steps;

let detail: Promise<DatasetDetail> | null = null;

/** The evidence (facts, all sources, notes), fetched once, when a county card first needs it. */
export function loadDatasetDetail(): Promise<DatasetDetail> {
  detail ??= import('./dataset-detail.json').then((module) => module.default as DatasetDetail);
  return detail;
}

/** The first view's data as modules, for a page that does not carry it. */
export function loadFirstViewModules(): Promise<typeof FirstViewModules> {
  return import('./first-view-modules.ts');
}
