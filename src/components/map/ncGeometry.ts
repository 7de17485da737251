import { computeMapGeometry } from '../../domain/geo.ts';
import { ncTopology } from '../../data/index.ts';

/** Drawing width in SVG units; the SVG scales to its container through its viewBox. */
export const MAP_WIDTH = 960;

/** Geometry never changes with the step or layer, so the 100 paths are computed once, at load. */
export const ncGeometry = computeMapGeometry(ncTopology, MAP_WIDTH);
