/**
 * The data the first view needs, as the prerendered page carries it: a JSON data block beside the
 * markup, instead of JavaScript modules. The county paths, borders and outline are not repeated in
 * it: the prerendered map already holds them (about 12 KB gzipped), and the app reads them back
 * from its <svg>. Pure: the reading and writing of the page happen in src/first-view-data.ts and
 * scripts/prerender.ts.
 */
import type { EncodedDatasetCore } from './dataset-codec.ts';
import type { CountyShape, MapGeometry } from './geo.ts';

/** The projected map with bordering counties, as scripts/build-geometry.ts writes it. */
export interface MapGeometryFile extends MapGeometry {
  adjacency: Record<string, string[]>;
}

export interface FirstViewPayload {
  core: EncodedDatasetCore;
  map: {
    width: number;
    height: number;
    counties: Omit<CountyShape, 'd'>[];
    adjacency: Record<string, string[]>;
  };
}

/** The id of the page's data block. */
export const FIRST_VIEW_ELEMENT_ID = 'first-view-data';

export function firstViewPayload(core: EncodedDatasetCore, geometry: MapGeometryFile): FirstViewPayload {
  return {
    core,
    map: {
      width: geometry.width,
      height: geometry.height,
      counties: geometry.counties.map(({ fips, name, centroid }) => ({ fips, name, centroid })),
      adjacency: geometry.adjacency,
    },
  };
}

/**
 * JSON for a `<script type="application/json">` element: `<` is escaped so no text in the data
 * (a source title, say) can close the element or open a comment.
 */
export function payloadScriptText(payload: FirstViewPayload): string {
  return JSON.stringify(payload).replace(/</g, '\\u003c');
}

/** The paths the prerendered map holds, as read from its <svg>. */
export interface RenderedPaths {
  counties: ReadonlyMap<string, string>;
  borders: string | null;
  outline: string | null;
}

/** The full geometry, or null when the page's map lacks any of its paths (then load them instead). */
export function geometryWithPaths(map: FirstViewPayload['map'], paths: RenderedPaths): MapGeometry | null {
  if (!paths.borders || !paths.outline) return null;
  const counties: CountyShape[] = [];
  for (const county of map.counties) {
    const d = paths.counties.get(county.fips);
    if (!d) return null;
    counties.push({ ...county, d });
  }
  return { width: map.width, height: map.height, counties, borders: paths.borders, outline: paths.outline };
}
