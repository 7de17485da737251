/**
 * npm run data (part 1): us-atlas counties-10m.json → src/data/nc-counties.topo.json.
 * The unprojected 10m file is used, not the Albers one, which is pre-projected for the whole US and tilts NC.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { extractState, TopologyError } from './topology/extract.ts';

const NC_PREFIX = '37';
const NC_COUNTY_COUNT = 100;

export function buildTopology(
  inputPath: string,
  outputPath: string,
): { counties: number; arcs: number; bytes: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(inputPath, 'utf8'));
  } catch (error) {
    throw new TopologyError(`cannot read ${inputPath}: ${(error as Error).message}`);
  }
  const topology = extractState(parsed, { statePrefix: NC_PREFIX, expectedCount: NC_COUNTY_COUNT });
  const text = JSON.stringify(topology);
  writeFileSync(outputPath, text + '\n');
  return {
    counties: topology.objects['counties']?.geometries.length ?? 0,
    arcs: topology.arcs.length,
    bytes: text.length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const require = createRequire(import.meta.url);
  const input = process.argv[2] ?? require.resolve('us-atlas/counties-10m.json');
  const output =
    process.argv[3] ?? fileURLToPath(new URL('../src/data/nc-counties.topo.json', import.meta.url));
  try {
    const result = buildTopology(input, output);
    console.log(
      `topology: ${result.counties} counties, ${result.arcs} arcs, ${result.bytes} bytes → ${output}`,
    );
  } catch (error) {
    console.error(`build-topology failed: ${input}: ${(error as Error).message}`);
    process.exit(1);
  }
}
