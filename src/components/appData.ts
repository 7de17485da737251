import { adjacency } from '../domain/neighbors.ts';
import { datasetCore, loadDatasetDetail, ncTopology } from '../data/index.ts';
import { ncGeometry } from './map/ncGeometry.ts';
import type { AppData } from './DataContext.tsx';

/** The real data, assembled once at load. */
export const appData: AppData = {
  dataset: datasetCore,
  loadDetail: loadDatasetDetail,
  geometry: ncGeometry,
  adjacency: adjacency(ncTopology),
};
