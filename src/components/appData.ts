import { datasetCoreEncoded, loadDatasetDetail, ncAdjacency, ncGeometry } from '../data/index.ts';
import { decodeDatasetCore } from '../domain/dataset-codec.ts';
import type { AppData } from './DataContext.tsx';

/** The real data, assembled once at load. */
export const appData: AppData = {
  dataset: decodeDatasetCore(datasetCoreEncoded),
  loadDetail: loadDatasetDetail,
  geometry: ncGeometry,
  adjacency: ncAdjacency,
};
