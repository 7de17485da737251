/**
 * npm run data (part 2): src/data/nc-counties.topo.json → src/data/nc-geometry.json, the map ready
 * to draw, so the browser ships neither d3-geo nor topojson-client and projects nothing at load.
 *
 * It runs the same pure code the tests cover (src/domain/geo.ts projects with the NC State Plane
 * cone and writes compact relative path data; src/domain/neighbors.ts finds bordering counties from
 * shared arcs) and writes { width, height, counties: [{ fips, name, d, centroid }], borders, outline,
 * adjacency: { fips: [fips, …] } }. Fails unless there are exactly 100 NC counties, each with a path.
 * Run: npx tsx scripts/build-geometry.ts [topology.json] [out.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeMapGeometry, type CountyTopology, type MapGeometry } from '../src/domain/geo.ts';
import { adjacency } from '../src/domain/neighbors.ts';

/** Drawing width in SVG units; the SVG scales to its container through its viewBox. */
export const MAP_WIDTH = 960;
const NC_COUNTY_COUNT = 100;

export interface GeometryFile extends MapGeometry {
  /** Bordering counties by FIPS (for arrow-key moves on the map). */
  adjacency: Record<string, string[]>;
}

export function buildGeometry(topology: CountyTopology, width = MAP_WIDTH): GeometryFile {
  const geometry = computeMapGeometry(topology, width);
  const problems: string[] = [];
  if (geometry.counties.length !== NC_COUNTY_COUNT)
    problems.push(`expected ${NC_COUNTY_COUNT} counties, found ${geometry.counties.length}`);
  for (const county of geometry.counties) {
    if (!/^37\d{3}$/.test(county.fips)) problems.push(`${county.fips} (${county.name}): not an NC FIPS code`);
    if (county.d === '') problems.push(`${county.fips} (${county.name}): empty path`);
  }
  if (problems.length > 0) throw new Error(problems.join('; '));
  return { ...geometry, adjacency: Object.fromEntries(adjacency(topology)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const input =
    process.argv[2] ?? fileURLToPath(new URL('../src/data/nc-counties.topo.json', import.meta.url));
  const output = process.argv[3] ?? fileURLToPath(new URL('../src/data/nc-geometry.json', import.meta.url));
  try {
    const topology = JSON.parse(readFileSync(input, 'utf8')) as CountyTopology;
    const geometry = buildGeometry(topology);
    const text = JSON.stringify(geometry);
    writeFileSync(output, text + '\n');
    console.log(
      `geometry: ${geometry.counties.length} counties, ${geometry.width}x${geometry.height}, ${text.length} bytes → ${output}`,
    );
  } catch (error) {
    console.error(`build-geometry failed: ${input}: ${(error as Error).message}`);
    process.exit(1);
  }
}
