/** The attribute public/embed.js looks for; documented in the README. */
export const LOADER_ATTRIBUTE = 'data-nc-sheriffs-map';

export interface SnippetOptions {
  /** Absolute URL of the map page with the view's query (layer, step, county, theme, lang). */
  pageUrl: string;
  /** The iframe's accessible name; required, never empty. */
  title: string;
  /** Starting height in CSS px: the plain iframe keeps it, the loader replaces it. */
  height: number;
  /** Optional id echoed back in height messages (`frameId`), for hosts with several maps. */
  frameId?: string;
  /** Compact embed chrome (`embed=1`, the default); false embeds the full page. */
  compact?: boolean;
}

export interface Snippet {
  /** The framed page's address. */
  src: string;
  /** The iframe marked for the loader. */
  iframe: string;
  /** The loader script line, served by our site next to the map (no inline script). */
  loader: string;
  /** Both, ready to paste. */
  full: string;
  /** For CMSs that strip scripts: a plain iframe at a fixed height. */
  fallback: string;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The embed code the generator offers. No `style` attributes (host CSPs often block them) and no
 * inline script; the title is mandatory (falls back to the page's name when blank).
 */
export function embedSnippet(options: SnippetOptions): Snippet {
  const url = new URL(options.pageUrl);
  if (options.compact === false) url.searchParams.delete('embed');
  else url.searchParams.set('embed', '1');
  if (options.frameId !== undefined && options.frameId !== '')
    url.searchParams.set('frameId', options.frameId);
  url.hash = '';
  const src = url.toString();
  const loaderUrl = new URL('embed.js', url).toString();
  const title = options.title.trim() || 'North Carolina sheriffs and ICE: a county map';
  const height = Math.max(200, Math.round(Number.isFinite(options.height) ? options.height : 640));
  const attributes = `src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" frameborder="0"`;
  const iframe = `<iframe ${LOADER_ATTRIBUTE} ${attributes} loading="lazy"></iframe>`;
  const loader = `<script src="${escapeAttribute(loaderUrl)}" async></script>`;
  return {
    src,
    iframe,
    loader,
    full: `${iframe}\n${loader}`,
    fallback: `<iframe ${attributes} loading="lazy"></iframe>`,
  };
}
