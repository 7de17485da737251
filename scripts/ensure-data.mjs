#!/usr/bin/env node
/**
 * Runs each data builder whose output is missing or whose inputs changed since it last ran.
 * Staleness is judged by a content hash of the inputs (src/data/build-stamps.json), not by mtimes,
 * which a fresh git clone sets to the same moment for every file.
 * `--force` rebuilds everything (that is `npm run data`).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampPath = join(root, 'src/data/build-stamps.json');
const force = process.argv.includes('--force');

const builders = [
  {
    name: 'topology',
    script: 'scripts/build-topology.ts',
    inputs: ['node_modules/us-atlas/counties-10m.json', 'scripts/build-topology.ts', 'scripts/topology'],
    outputs: ['src/data/nc-counties.topo.json'],
  },
  {
    name: 'geometry',
    script: 'scripts/build-geometry.ts',
    inputs: [
      'src/data/nc-counties.topo.json',
      'scripts/build-geometry.ts',
      'src/domain/geo.ts',
      'src/domain/neighbors.ts',
      'src/domain/fill-vars.ts',
    ],
    outputs: ['src/data/nc-geometry.json', 'src/data/county-fills.css'],
  },
  {
    name: 'dataset',
    script: 'scripts/build-dataset.ts',
    inputs: [
      'data',
      'scripts/build-dataset.ts',
      'scripts/dataset',
      'src/domain/derive',
      'src/domain/dataset.ts',
      'src/domain/dataset-split.ts',
      'src/domain/dataset-codec.ts',
      'src/domain/slider-stops.ts',
    ],
    outputs: [
      'src/data/dataset.json',
      'src/data/ids.json',
      'src/data/slider-stops.css',
      'public/data/counties-by-step.csv',
      'public/data/sources.csv',
    ],
  },
];

function filesUnder(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { withFileTypes: true })
    .flatMap((entry) => filesUnder(relative(root, join(full, entry.name))))
    .sort();
}

function hashInputs(paths) {
  const hash = createHash('sha256');
  for (const file of paths.flatMap(filesUnder)) {
    hash.update(relative(root, file).replaceAll('\\', '/'));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

const stamps = existsSync(stampPath) ? JSON.parse(readFileSync(stampPath, 'utf8')) : {};
let changed = false;
for (const builder of builders) {
  if (!existsSync(join(root, builder.script))) continue;
  const digest = hashInputs(builder.inputs);
  const missing = builder.outputs.some((output) => !existsSync(join(root, output)));
  if (!force && !missing && stamps[builder.name] === digest) continue;
  console.log(
    `data: building ${builder.name}${force ? '' : missing ? ' (output missing)' : ' (inputs changed)'}`,
  );
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, builder.script)], {
    stdio: 'inherit',
    cwd: root,
  });
  stamps[builder.name] = digest;
  changed = true;
}
if (changed) writeFileSync(stampPath, JSON.stringify(stamps, null, 2) + '\n');
