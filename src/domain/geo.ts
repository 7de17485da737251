import { geoConicConformal, geoPath, type GeoConicProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** A county ready to draw: its SVG path in the map's own coordinates. */
export interface CountyShape {
  fips: string;
  name: string;
  d: string;
  /** Label anchor: the projected centroid. */
  centroid: [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  counties: CountyShape[];
  /** Interior borders, drawn once as one mesh path over the fills. */
  borders: string;
  /** The state's outer boundary. */
  outline: string;
}

type CountyProperties = { name: string };
export type CountyTopology = Topology<{ counties: GeometryCollection<CountyProperties> }>;

/**
 * The parameters of NAD83 / North Carolina State Plane (EPSG:32119): Lambert conformal conic with
 * standard parallels 34°20′N and 36°10′N and central meridian 79°W. Conformal, so county shapes keep
 * their true proportions; only scale and translate are fitted to the drawing area.
 */
export function ncProjection(): GeoConicProjection {
  return geoConicConformal()
    .parallels([34 + 20 / 60, 36 + 10 / 60])
    .rotate([79, 0]);
}

const PATH_DIGITS = 1;

/** Projects the topology into a box `width` wide (height follows the state's shape). Pure; call once. */
export function computeMapGeometry(topology: CountyTopology, width: number, padding = 4): MapGeometry {
  const object = topology.objects.counties;
  const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, CountyProperties>;
  const projection = ncProjection().fitWidth(width - 2 * padding, collection);
  const path = geoPath(projection).digits(PATH_DIGITS);
  const [[, y0], [, y1]] = path.bounds(collection);
  const height = Math.ceil(y1 - y0 + 2 * padding);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty - y0 + padding]);

  const counties = collection.features
    .map((f: Feature<Polygon | MultiPolygon, CountyProperties>): CountyShape => {
      const [cx, cy] = path.centroid(f);
      return {
        fips: String(f.id),
        name: f.properties.name,
        d: path(f) ?? '',
        centroid: [Math.round(cx * 10) / 10, Math.round(cy * 10) / 10],
      };
    })
    .sort((a, b) => a.fips.localeCompare(b.fips));

  return {
    width,
    height,
    counties,
    borders: path(mesh(topology, object, (a, b) => a !== b)) ?? '',
    outline: path(mesh(topology, object, (a, b) => a === b)) ?? '',
  };
}
