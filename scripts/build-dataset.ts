/**
 * Builds the dataset: reads data/, validates it (zod schemas + cross-checks), derives one cell per
 * county per step with the pure code in src/domain/derive, and writes
 *   src/data/dataset.json            (committed; the whole dataset, for review and tests)
 *   src/data/dataset-core.json       (what the first view needs, encoded: src/domain/dataset-codec.ts;
 *                                     prerendered pages carry it as a data block, src/domain/first-view.ts)
 *   src/data/ids.json                (step and county ids, for the store's URL parsing)
 *   src/data/dataset-detail.json     (evidence, loaded when a county card opens)
 *   public/data/counties-by-step.csv|json, sources.csv|json, data-dictionary.md (downloads)
 * Any problem is printed with its file, county (FIPS + name) and field, and the exit code is 1.
 * Run: npx tsx scripts/build-dataset.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloads } from './dataset/emit.ts';
import { formatIssue } from './dataset/issues.ts';
import { DATA_FILES, type DataFiles } from './dataset/parse.ts';
import { buildDataset } from './dataset/pipeline.ts';
import { encodeDatasetCore } from '../src/domain/dataset-codec.ts';
import { splitDataset } from '../src/domain/dataset-split.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export function readDataDir(dir: string): DataFiles {
  return Object.fromEntries(
    DATA_FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  ) as unknown as DataFiles;
}

function main(): number {
  const { dataset, issues } = buildDataset(readDataDir(join(root, 'data')));
  if (!dataset) {
    for (const i of issues) console.error(formatIssue(i));
    console.error(`build-dataset: ${issues.length} problem(s); nothing written.`);
    return 1;
  }
  mkdirSync(join(root, 'src/data'), { recursive: true });
  writeFileSync(join(root, 'src/data/dataset.json'), JSON.stringify(dataset, null, 1) + '\n');
  const { core, detail } = splitDataset(dataset);
  writeFileSync(join(root, 'src/data/dataset-core.json'), JSON.stringify(encodeDatasetCore(core)) + '\n');
  writeFileSync(join(root, 'src/data/dataset-detail.json'), JSON.stringify(detail) + '\n');
  // The store's URL parsing needs only the ids, before (and without) the rest of the data.
  const ids = { steps: dataset.steps.map((s) => s.id), counties: dataset.counties.map((c) => c.fips) };
  writeFileSync(join(root, 'src/data/ids.json'), JSON.stringify(ids) + '\n');
  const out = join(root, 'public/data');
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(downloads(dataset))) writeFileSync(join(out, name), text);
  const rows = Object.values(dataset.cells).reduce((n, c) => n + c.length, 0);
  console.log(
    `build-dataset: ${dataset.counties.length} counties x ${dataset.steps.length} steps = ${rows} cells; ${dataset.sources.length} sources; ${dataset.facts.length + (dataset.statewideFacts?.length ?? 0)} facts.`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
