/** Raw and gzip sizes of the built files (gzip level 9, as a static host or CDN would serve them). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Map of dist-relative path ('index.html', 'assets/index-x.js') to { raw, gzip } in bytes. */
export function distSizes(dist) {
  const sizes = new Map();
  for (const path of filesUnder(dist)) {
    const bytes = readFileSync(path);
    sizes.set(relative(dist, path).replaceAll('\\', '/'), {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    });
  }
  return sizes;
}

/** The dist file a URL on the preview server maps to ('/' and '/x/' are their index.html). */
export function distPathOf(url) {
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Names, in the built JS, that only zod's code has. */
const ZOD_MARKERS = ['ZodError', '$ZodType', 'ZodObject', 'zod.dev'];

/** The JS files under dist/assets that carry zod. */
export function filesWithZod(dist) {
  return filesUnder(join(dist, 'assets'))
    .filter((path) => path.endsWith('.js'))
    .filter((path) => {
      const text = readFileSync(path, 'utf8');
      return ZOD_MARKERS.some((marker) => text.includes(marker));
    })
    .map((path) => relative(dist, path));
}
