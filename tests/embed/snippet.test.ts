import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedSnippet, LOADER_ATTRIBUTE } from '../../src/embed/snippet.ts';

const base = {
  pageUrl: 'https://maps.example.org/nc/?layer=detainer&step=2019-08',
  title: 'NC map',
  height: 700,
};

function parse(html: string): HTMLIFrameElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const iframe = template.content.querySelector('iframe');
  if (!iframe) throw new Error('no iframe in snippet');
  return iframe;
}

describe('embedSnippet', () => {
  it('marks the iframe for the loader, forces embed=1 and keeps the view options', () => {
    const iframe = parse(embedSnippet(base).iframe);
    expect(iframe.hasAttribute(LOADER_ATTRIBUTE)).toBe(true);
    const src = new URL(iframe.getAttribute('src') ?? '');
    expect(src.origin + src.pathname).toBe('https://maps.example.org/nc/');
    expect(Object.fromEntries(src.searchParams)).toEqual({ layer: 'detainer', step: '2019-08', embed: '1' });
    expect(iframe.getAttribute('height')).toBe('700');
    expect(iframe.getAttribute('width')).toBe('100%');
  });

  it('always carries a title, even when given a blank one, escaped safely', () => {
    expect(parse(embedSnippet({ ...base, title: '  ' }).iframe).title).toBe(
      'North Carolina sheriffs and ICE: a county map',
    );
    const tricky = embedSnippet({ ...base, title: 'Sheriffs "and" <ICE> & more' });
    expect(parse(tricky.iframe).title).toBe('Sheriffs "and" <ICE> & more');
    expect(tricky.iframe).not.toContain('<ICE>');
  });

  it('loads the loader from the same site, as an external async script, never inline', () => {
    const { loader, full } = embedSnippet(base);
    expect(loader).toBe('<script src="https://maps.example.org/nc/embed.js" async></script>');
    expect(full).toBe(`${embedSnippet(base).iframe}\n${loader}`);
  });

  it('offers a script-free fallback at a fixed height, and no style attributes anywhere', () => {
    const { fallback, full } = embedSnippet({ ...base, height: 900 });
    expect(fallback).not.toContain('<script');
    expect(parse(fallback).getAttribute('height')).toBe('900');
    expect(parse(fallback).title).toBe('NC map');
    expect(full + fallback).not.toMatch(/style=/);
  });

  it('adds a frameId when asked, and drops any fragment', () => {
    const iframe = parse(embedSnippet({ ...base, pageUrl: `${base.pageUrl}#x`, frameId: 'sidebar' }).iframe);
    const src = new URL(iframe.getAttribute('src') ?? '');
    expect(src.searchParams.get('frameId')).toBe('sidebar');
    expect(src.hash).toBe('');
  });
});

describe('public/embed.js, the loader', () => {
  const source = readFileSync(resolve(process.cwd(), 'public/embed.js'), 'utf8');

  it('stays under 2 KB', () => {
    expect(Buffer.byteLength(source)).toBeLessThan(2048);
  });

  it('is plain ES5-style script: no modules, arrows, let/const, classes or template literals', () => {
    expect(source).not.toMatch(/=>|\blet\b|\bconst\b|\bclass\b|`|\bimport\b|\bexport\b/);
  });

  it('looks for the documented attribute and message types', () => {
    expect(source).toContain(`iframe[${LOADER_ATTRIBUTE}]`);
    expect(source).toContain("NS + 'height'");
    expect(source).toContain("NS + 'request-height'");
  });
});

describe('embedSnippet compact option and src', () => {
  it('adds embed=1 by default and exposes the framed address', () => {
    const s = embedSnippet({
      pageUrl: 'https://maps.example.org/nc/?layer=sheriff',
      title: 'Map',
      height: 500,
    });
    expect(s.src).toBe('https://maps.example.org/nc/?layer=sheriff&embed=1');
    expect(s.iframe).toContain('src="https://maps.example.org/nc/?layer=sheriff&amp;embed=1"');
  });

  it('embeds the full page without embed=1 when compact is false', () => {
    const s = embedSnippet({
      pageUrl: 'https://maps.example.org/nc/?embed=1&layer=sheriff',
      title: 'Map',
      height: 500,
      compact: false,
    });
    expect(s.src).toBe('https://maps.example.org/nc/?layer=sheriff');
    expect(s.full).not.toContain('embed=1');
  });
});
