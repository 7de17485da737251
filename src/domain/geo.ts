import { geoConicConformal, geoPath, type GeoConicProjection, type GeoContext } from 'd3-geo';
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

/** Path coordinates are rounded to tenths of a drawing unit (the map is 960 units wide). */
const PATH_DIGITS = 1;

/**
 * A d3-geo path context that writes compact SVG path data: each point is rounded to `digits`
 * decimals in absolute coordinates first, then written relative to the previous rounded point
 * ("m x y" then "dx dy …", implicit relative line-tos, "z" to close). Rounding the absolute positions
 * keeps shared borders identical in neighbouring counties; the relative form is about a third
 * shorter than d3's absolute "M x,yL x,y" for the same points. Repeated points are dropped.
 */
export class CompactPathContext implements GeoContext {
  private out = '';
  private x = 0;
  private y = 0;
  /** Where the current subpath began: "z" returns there, and the next "m" is relative to it. */
  private startX = 0;
  private startY = 0;
  /** The last command written ('l' lets the next pair omit it). */
  private last = '';
  private readonly scale: number;

  constructor(digits = PATH_DIGITS) {
    this.scale = 10 ** digits;
  }

  private round(value: number): number {
    return Math.round(value * this.scale) / this.scale;
  }

  private num(value: number): string {
    // Shortest form: no leading zero ("0.5" → ".5", "-0.5" → "-.5"), never "-0".
    const text = String(Math.round(value * this.scale) / this.scale || 0);
    return text.replace(/^(-?)0\./, '$1.');
  }

  /** "a b" with the separator only where the second number needs one. */
  private pair(a: number, b: number): string {
    const second = this.num(b);
    return `${this.num(a)}${second.startsWith('-') ? '' : ' '}${second}`;
  }

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    const rx = this.round(x);
    const ry = this.round(y);
    // A path's first "m" is absolute (SVG 1.1 §8.3.3), so every moveto can be written as "m".
    this.out += this.out === '' ? `m${this.pair(rx, ry)}` : `m${this.pair(rx - this.x, ry - this.y)}`;
    this.x = this.startX = rx;
    this.y = this.startY = ry;
    this.last = 'm';
  }

  lineTo(x: number, y: number): void {
    const rx = this.round(x);
    const ry = this.round(y);
    if (rx === this.x && ry === this.y) return;
    const pair = this.pair(rx - this.x, ry - this.y);
    // After "m", implicit pairs are line-tos too; a negative first number needs no separator.
    this.out +=
      this.last === 'l' || this.last === 'm' ? (pair.startsWith('-') ? pair : ` ${pair}`) : `l${pair}`;
    this.x = rx;
    this.y = ry;
    this.last = 'l';
  }

  closePath(): void {
    this.out += 'z';
    this.x = this.startX;
    this.y = this.startY;
    this.last = 'z';
  }

  /** Points (not used by county polygons): a full circle of radius r as two arcs. */
  arc(x: number, y: number, r: number): void {
    this.moveTo(x + r, y);
    const d = this.num(2 * r);
    const rr = this.num(r);
    this.out += `a${rr} ${rr} 0 1 1-${d} 0a${rr} ${rr} 0 1 1 ${d} 0`;
    this.last = 'a';
  }

  /** The path data written so far, and a fresh start for the next path. */
  result(): string {
    const text = this.out;
    this.out = '';
    this.x = 0;
    this.y = 0;
    this.last = '';
    return text;
  }
}

/** Projects the topology into a box `width` wide (height follows the state's shape). Pure; call once. */
export function computeMapGeometry(topology: CountyTopology, width: number, padding = 4): MapGeometry {
  const object = topology.objects.counties;
  const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, CountyProperties>;
  const projection = ncProjection().fitWidth(width - 2 * padding, collection);
  const context = new CompactPathContext(PATH_DIGITS);
  const path = geoPath(projection, context);
  const [[, y0], [, y1]] = path.bounds(collection);
  const height = Math.ceil(y1 - y0 + 2 * padding);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty - y0 + padding]);
  const draw = (object: Parameters<typeof path>[0]): string => {
    path(object);
    return context.result();
  };

  const counties = collection.features
    .map((f: Feature<Polygon | MultiPolygon, CountyProperties>): CountyShape => {
      const [cx, cy] = path.centroid(f);
      return {
        fips: String(f.id),
        name: f.properties.name,
        d: draw(f),
        centroid: [Math.round(cx * 10) / 10, Math.round(cy * 10) / 10],
      };
    })
    .sort((a, b) => a.fips.localeCompare(b.fips));

  return {
    width,
    height,
    counties,
    borders: draw(mesh(topology, object, (a, b) => a !== b)),
    outline: draw(mesh(topology, object, (a, b) => a === b)),
  };
}
