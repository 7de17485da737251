/**
 * The first view's data as modules: for the server render (scripts/prerender.ts), and for a page
 * that does not carry it (the dev server's unrendered index.html), which imports this lazily.
 */
import geometryJson from './nc-geometry.json';
import coreJson from './dataset-core.json';
import type { EncodedDatasetCore } from '../domain/dataset-codec.ts';
import type { MapGeometryFile } from '../domain/first-view.ts';

/** The dataset core (scripts/build-dataset.ts), validated at build time, in its compact encoding. */
export const datasetCoreEncoded = coreJson as EncodedDatasetCore;

/** The projected map (scripts/build-geometry.ts) with bordering counties; nothing is projected at load.
 * (JSON types centroids as number[]; the builder writes pairs.) */
export const ncGeometry = geometryJson as unknown as MapGeometryFile;
