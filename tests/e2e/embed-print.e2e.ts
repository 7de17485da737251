import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { embedSnippet } from '../../src/embed/snippet.ts';
import { launchBrowser } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  const snippet = embedSnippet({
    pageUrl: `${baseUrl}?layer=detainer&step=2019-08`,
    title: 'Map: NC sheriffs and ICE detainers',
    height: 600,
  });
  host = await startStaticServer({
    routes: {
      '/article.html': [
        'text/html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body><h1>An article</h1>${snippet.full}<p>The end.</p></body></html>`,
      ],
    },
  });
});
afterAll(async () => {
  await host?.close();
  await browser?.close();
});

describe('an embedded map on paper', () => {
  it('prints its current view inside the host article, not a blank frame', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${host.url}article.html`);
    const frame = page.frameLocator('iframe[data-nc-sheriffs-map]');
    await expect
      .poll(() => frame.locator('.county-map__counties path').count(), { timeout: 15_000 })
      .toBe(100);
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    const dir = mkdtempSync(join(tmpdir(), 'embed-print-'));
    const file = join(dir, 'article.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('An article');
    expect(text).toContain('North Carolina sheriffs and ICE');
    // The frame's own state is what prints: the detainer layer's legend at Aug 2019, and the as-of line.
    expect(text).toContain('Declines detainers without a judge');
    expect(text).toContain('Data as of Nov 21, 2026');
    // And the map itself is drawn: a rasterized page has the legend's orange somewhere.
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, join(dir, 'page')]);
    const inked = await page.evaluate(
      async (png: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context2d = canvas.getContext('2d')!;
        context2d.drawImage(image, 0, 0);
        const { data } = context2d.getImageData(0, 0, canvas.width, canvas.height);
        let orange = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          if (r > 200 && g > 100 && g < 160 && b < 60) orange++;
        }
        return orange;
      },
      (await import('node:fs')).readFileSync(join(dir, 'page-1.png')).toString('base64'),
    );
    expect(inked).toBeGreaterThan(20);
    await context.close();
  });
});
