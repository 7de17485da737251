/**
 * Prerenders the app into the built HTML (run after `vite build`; part of `npm run build`), so the
 * map, legend, step card and table are in the page before any JavaScript runs, and main.tsx hydrates
 * them instead of drawing from nothing.
 *
 * - dist/index.html: the default view. It also answers `?step=…` and every other query string (a
 *   static host cannot route on the query): those pages paint the default view at once and main.tsx
 *   recolours them to the URL's state right after hydration (only fills and the step text change).
 * - dist/step/<id>/index.html: one page per time-slider step, painted with that step, for readers
 *   without JavaScript, crawlers and links that must show a step from the first paint. main.tsx reads
 *   `data-search` / `data-base` from the root element and turns the address into `../../?step=<id>`.
 *
 * The app is bundled for Node with Vite (so CSS and JSON imports resolve as in the client build) into
 * dist-ssr/, rendered with react-dom/server, and dist-ssr/ is removed afterwards.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const ssrOut = join(root, 'dist-ssr');
const ROOT_TAG = '<div id="root"></div>';
const STEP_ID = /^[a-z0-9][a-z0-9-]*$/i;

interface ServerEntry {
  render: (search: string) => string;
  firstViewScript: () => string;
  stepIds: readonly string[];
}

async function bundleServerEntry(): Promise<ServerEntry> {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    // The server bundle must read the store's current state; see scripts/prerender/zustand-server.ts.
    resolve: {
      alias: [{ find: /^zustand$/, replacement: join(root, 'scripts/prerender/zustand-server.ts') }],
    },
    ssr: { noExternal: true },
    build: {
      ssr: join(root, 'src/entry-server.tsx'),
      outDir: ssrOut,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'entry-server.mjs' } },
    },
  });
  return (await import(pathToFileURL(join(ssrOut, 'entry-server.mjs')).href)) as ServerEntry;
}

function countyPaths(html: string): number {
  return html.match(/<path[^>]*\bdata-fips="37\d{3}"/g)?.length ?? 0;
}

/**
 * The template with the app's markup in the root element (and extra attributes on it), followed
 * by the first view's data block, which the app reads instead of importing the data as JavaScript.
 */
function page(template: string, markup: string, data: string, attributes = ''): string {
  const paths = countyPaths(markup);
  if (paths !== 100) throw new Error(`prerender: expected 100 county paths, rendered ${paths}`);
  return template.replace(ROOT_TAG, () => `<div id="root"${attributes}>${markup}</div>${data}`);
}

function write(path: string, html: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  console.log(`prerender: ${path.slice(root.length)} (${(html.length / 1024).toFixed(1)} KB)`);
}

async function main(): Promise<void> {
  const templatePath = join(dist, 'index.html');
  const template = readFileSync(templatePath, 'utf8');
  if (!template.includes(ROOT_TAG)) {
    throw new Error(
      `prerender: ${templatePath} has no empty ${ROOT_TAG} (already prerendered? run vite build first)`,
    );
  }
  const entry = await bundleServerEntry();
  try {
    const data = entry.firstViewScript();
    write(templatePath, page(template, entry.render(''), data));
    // Assets are referenced relative to the page (base './'); step pages sit two folders down.
    const nested = template.replace(/(\b(?:src|href)=")\.\//g, '$1../../');
    for (const id of entry.stepIds) {
      if (!STEP_ID.test(id)) throw new Error(`prerender: step id ${JSON.stringify(id)} is not URL-safe`);
      const search = `?step=${id}`;
      write(
        join(dist, 'step', id, 'index.html'),
        page(nested, entry.render(search), data, ` data-search="${search}" data-base="../../"`),
      );
    }
  } finally {
    rmSync(ssrOut, { recursive: true, force: true });
  }
}

await main();
