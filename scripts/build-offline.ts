/**
 * Builds the offline copy: dist-offline/nc-sheriffs-ice.html, one self-contained HTML file (app,
 * data, map and styles inlined) that a teacher can download from the about page and open from disk
 * in a room with poor internet. Copied to dist/ so the site serves it. Run after `vite build`.
 *
 * From file:// a browser will not load module scripts or fetch JSON next to the page, so nothing
 * may stay a separate file: scripts/vite.offline.config.ts bundles everything (dynamic imports included)
 * into one script and one stylesheet, and this script pastes them into the HTML.
 */
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist-offline');
export const OFFLINE_FILE = 'nc-sheriffs-ice.html';

/** Makes text safe inside an inline <script> or <style> element (no early end tag). */
export function escapeInline(code: string, tag: 'script' | 'style'): string {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/** Replaces the built page's script and stylesheet references with the files' contents. */
export function inlineAssets(html: string, read: (relativePath: string) => string): string {
  let result = html.replace(
    /<script type="module"[^>]*\ssrc="\.\/([^"]+)"[^>]*><\/script>/g,
    (_match, path: string) => `<script type="module">${escapeInline(read(path), 'script')}</script>`,
  );
  result = result.replace(
    /<link rel="stylesheet"[^>]*\shref="\.\/([^"]+)"[^>]*>/g,
    (_match, path: string) => `<style>${escapeInline(read(path), 'style')}</style>`,
  );
  result = result.replace(/<link rel="icon" href="\.\/favicon\.svg"[^>]*>/, (tag) => {
    const icon = join(root, 'public/favicon.svg');
    if (!existsSync(icon)) return '';
    const data = `data:image/svg+xml,${encodeURIComponent(readFileSync(icon, 'utf8'))}`;
    return tag.replace('./favicon.svg', data);
  });
  const left = /<(?:script|link)[^>]+(?:src|href)="\.\//.exec(result);
  if (left) throw new Error(`build-offline: a local reference is left in the page: ${left[0]}`);
  return result;
}

async function main(): Promise<void> {
  const started = Date.now();
  await build({ root, configFile: join(root, 'scripts/vite.offline.config.ts') });
  const scripts = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'));
  if (scripts.length !== 1) throw new Error(`build-offline: expected one script, got ${scripts.join(', ')}`);
  const html = inlineAssets(readFileSync(join(out, 'index.html'), 'utf8'), (path) =>
    readFileSync(join(out, path), 'utf8'),
  );
  const target = join(out, OFFLINE_FILE);
  writeFileSync(target, html);
  const dist = join(root, 'dist');
  if (existsSync(dist)) copyFileSync(target, join(dist, OFFLINE_FILE));
  console.log(
    `build-offline: dist-offline/${OFFLINE_FILE} (${(html.length / 1024).toFixed(0)} KB) in ${Date.now() - started} ms`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
