#!/usr/bin/env node
/**
 * `npm run bench`: builds, serves dist/ on 127.0.0.1, measures the first view and step changes in
 * headless Chromium at 1x and 4x CPU throttling, runs Lighthouse (mobile), prints every budget with
 * PASS/FAIL and exits 1 if any fails (after printing all of them).
 *
 *   --no-build        measure the dist/ that is there
 *   --no-lighthouse   skip Lighthouse
 *   --changes=N       step changes, and layer changes, per throttling rate (default 100, at least 50
 *                     for the report)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetKb, budgetMs, check } from './budgets.mjs';
import { launchChromium } from './chromium.mjs';
import { kb, ms, table } from './format.mjs';
import { CATEGORIES, runLighthouse } from './lighthouse.mjs';
import { DRIVERS, measurePlay, measureRecolour, openAndLoad } from './page.mjs';
import { freePort, startPreview } from './server.mjs';
import { distPathOf, distSizes, filesWithZod } from './sizes.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const args = process.argv.slice(2);
const changes = Number(args.find((a) => a.startsWith('--changes='))?.split('=')[1] ?? 100);
const RATES = [1, 4];

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const sizes = distSizes(dist);
const zodFiles = filesWithZod(dist);
const server = await startPreview(root, await freePort(4280));
const browser = await launchChromium();
const runs = [];
let lighthouseResult = null;
try {
  for (const rate of RATES) {
    const load = await openAndLoad(browser, server.url, rate);
    const recolour = await measureRecolour(load.page, load.cdp, changes, DRIVERS.step);
    const layer = await measureRecolour(load.page, load.cdp, changes, DRIVERS.layer);
    const play = await measurePlay(load.page, 5);
    const playOverTable = await measurePlay(load.page, 5, { scrollTo: '.data-table' });
    runs.push({ rate, ...load, recolour, layer, play, playOverTable });
    await load.context.close();
  }
  if (!args.includes('--no-lighthouse')) lighthouseResult = await runLighthouse(server.url);
} finally {
  await browser.close();
  server.stop();
}

// ---- bytes
const first = runs[0];
const origin = new URL(server.url).origin;
const resources = first.resources.map((r) => {
  const local = r.url.startsWith(origin);
  const size = local ? sizes.get(distPathOf(r.url)) : undefined;
  return { ...r, local, path: local ? distPathOf(r.url) : r.url, raw: size?.raw ?? 0, gzip: size?.gzip ?? 0 };
});
const sum = (list, key) => list.reduce((total, r) => total + r[key], 0);
const scripts = resources.filter((r) => r.type === 'Script');
const fonts = resources.filter((r) => r.type === 'Font');
const foreign = resources.filter((r) => !r.local);
const requested = new Set(resources.map((r) => r.path));
const lazyJs = [...sizes].filter(
  ([path]) => path.startsWith('assets/') && path.endsWith('.js') && !requested.has(path),
);

console.log(
  `\nbench: ${new Date().toISOString()} · Chromium ${browser.version()} · Node ${process.version} · ${server.url}`,
);
console.log(
  '\nFirst view: bytes per resource (gzip = level 9 of the built file; transferred = on the wire, headers included)\n',
);
console.log(
  table(
    ['resource', 'type', 'raw', 'gzip', 'transferred'],
    [
      ...resources.map((r) => [r.path, r.type, kb(r.raw), kb(r.gzip), kb(r.transferred)]),
      [
        'TOTAL',
        `${resources.length} requests`,
        kb(sum(resources, 'raw')),
        kb(sum(resources, 'gzip')),
        kb(sum(resources, 'transferred')),
      ],
      [
        '  of which JavaScript',
        `${scripts.length} files`,
        kb(sum(scripts, 'raw')),
        kb(sum(scripts, 'gzip')),
        kb(sum(scripts, 'transferred')),
      ],
    ],
  ),
);
if (lazyJs.length > 0) {
  console.log('\nJavaScript not loaded by the first view (lazy chunks):');
  for (const [path, size] of lazyJs) console.log(`  ${path}  ${kb(size.raw)} raw, ${kb(size.gzip)} gzip`);
}

// ---- timings
const row = (label, pick) => [label, ...runs.map(pick)];
/** The rows of one kind of change (step or layer), from measureRecolour's result. */
const changeRows = (kind, pick) => [
  row(`${kind}: JS to map fills, median`, (r) => ms(pick(r).median)),
  row(`${kind}: JS to map fills, p95`, (r) => ms(pick(r).p95)),
  row(`${kind}: JS until idle, median`, (r) => ms(pick(r).idleMedian)),
  row(`${kind}: JS until idle, p95`, (r) => ms(pick(r).idleP95)),
  row(
    `${kind}: layouts (median/max)`,
    (r) => `${pick(r).layoutsMedian ?? 'n/a'} / ${pick(r).layoutsMax ?? 'n/a'}`,
  ),
  row(`${kind}: map mutations: fill / svg style / d / nodes`, (r) => {
    const map = pick(r).map;
    return map ? `${map.fill} / ${map.style} / ${map.d} / ${map.nodes}` : 'n/a';
  }),
  row(`${kind}: recoloured within its task`, (r) => {
    const map = pick(r).map;
    return map
      ? `${map.checks - map.coloursLate} of ${map.checks} (${map.coloursChanged} changed colours)`
      : 'n/a';
  }),
];
console.log(
  `\nTimings (mobile viewport 412x823, cache disabled, no network throttling; ${changes} step changes and ${changes} layer changes per rate)\n`,
);
console.log(
  table(
    ['', ...runs.map((r) => `${r.rate}x CPU`)],
    [
      row('first contentful paint', (r) => ms(r.timing.fcp)),
      row('first map paint', (r) => `${ms(r.timing.mapPaint)}${r.timing.mapInHtml ? ' (in HTML)' : ''}`),
      row('interactive (hydrated)', (r) => ms(r.timing.hydrated)),
      row(
        'long tasks during load',
        (r) => `${r.timing.longTasks.length} (${ms(r.timing.longTasks.reduce((t, l) => t + l.duration, 0))})`,
      ),
      ...changeRows('step change', (r) => r.recolour),
      ...changeRows('layer change', (r) => r.layer),
      row('play fps (p95 frame)', (r) =>
        r.play ? `${r.play.fps.toFixed(1)} (${ms(r.play.p95Frame)})` : 'no play button',
      ),
      row('play fps, table on screen (p95 frame)', (r) =>
        r.playOverTable
          ? `${r.playOverTable.fps.toFixed(1)} (${ms(r.playOverTable.p95Frame)})`
          : 'no play button',
      ),
      row('console errors', (r) => String(r.consoleErrors.length)),
    ],
  ),
);
console.log(
  `\nStep changes driven by: ${first.recolour.method}; layer changes by: ${first.layer.method}. JS to map fills = main-thread time from the first listener of the keydown or click (capture) to the last (bubble), which runs after whatever React renders and commits in that task (no DOM observers during the timed changes); recoloured within its task = changes after which the counties' computed fills already equal their final fills; JS until idle = ScriptDuration delta from the change until requestIdleCallback fires, less ${ms(first.recolour.overhead)} measured around no change (includes the table, legend and cards React renders after the task).`,
);
for (const r of runs) for (const e of r.consoleErrors) console.log(`console error at ${r.rate}x: ${e}`);

// ---- lighthouse
if (lighthouseResult) {
  console.log(`\nLighthouse ${lighthouseResult.version} (mobile, simulated throttling)\n`);
  console.log(
    table(
      ['category', 'score', 'below 100'],
      CATEGORIES.map((id) => [
        id,
        String(lighthouseResult.scores[id]),
        lighthouseResult.failing[id].join(', ') || '-',
      ]),
    ),
  );
  console.log(
    `\n${Object.entries(lighthouseResult.metrics)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}`,
  );
}

// ---- budgets
/** The interaction budget for one kind of change (step or layer) at 4x. */
const changeBudgets = (kind, result) => [
  budgetMs(`${kind}: JS to map fills, median at 4x`, result.median, 2),
  check(
    `${kind}: recolour complete when its task ends (late changes)`,
    result.map && result.map.coloursChanged > 0 ? result.map.coloursLate : null,
    '==',
    0,
  ),
  check(`${kind}: fills change, geometry does not (d mutations)`, result.map ? result.map.d : null, '==', 0),
  check(
    `${kind}: the 100 path nodes are kept`,
    result.map ? (result.map.sameNodes ? 'yes' : 'no') : null,
    '==',
    'yes',
  ),
  check(`${kind}: layouts per change (max, 4x)`, result.layoutsMax ?? null, '<=', 1),
  check(`${kind}s timed`, result.samples.length, '>=', 50),
];
const slow = runs.find((r) => r.rate === 4) ?? runs.at(-1);
const budgets = [
  budgetKb('first-view JS gzip', sum(scripts, 'gzip'), 100),
  budgetKb('first-view total gzip', sum(resources, 'gzip'), 130),
  check(
    'first map paint in the HTML (prerendered)',
    runs.every((r) => r.timing.mapInHtml) ? 'yes' : 'no',
    '==',
    'yes',
  ),
  ...changeBudgets('step change', slow.recolour),
  ...changeBudgets('layer change', slow.layer),
  check('play mode fps at 4x', slow.play ? Math.round(slow.play.fps * 10) / 10 : null, '>=', 58),
  check('zod in runtime JS', zodFiles.length === 0 ? 'absent' : `in ${zodFiles.join(' ')}`, '==', 'absent'),
  check('web fonts in first view', fonts.length, '==', 0),
  check('requests off 127.0.0.1', foreign.length + (lighthouseResult?.foreign.length ?? 0), '==', 0),
  check(
    'console errors (hydration)',
    runs.reduce((n, r) => n + r.consoleErrors.length, 0),
    '==',
    0,
  ),
];
if (lighthouseResult) {
  budgets.push(check('Lighthouse performance', lighthouseResult.scores.performance, '>=', 98));
  for (const id of ['accessibility', 'best-practices', 'seo'])
    budgets.push(check(`Lighthouse ${id}`, lighthouseResult.scores[id], '==', 100));
}
console.log('');
for (const b of budgets) console.log(b.line);
const failed = budgets.filter((b) => !b.pass).length;
console.log(`\nbench: ${budgets.length - failed} budgets passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
