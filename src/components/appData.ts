import { datasetCore, loadDatasetDetail, ncAdjacency, ncGeometry } from '../data/index.ts';
import type { AppData } from './DataContext.tsx';

/** The real data, assembled once at load. */
export const appData: AppData = {
  dataset: datasetCore,
  loadDetail: loadDatasetDetail,
  geometry: ncGeometry,
  adjacency: ncAdjacency,
};
