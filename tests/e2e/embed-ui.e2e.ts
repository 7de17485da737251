import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForThisFile, saveScreenshot } from './support/browser.ts';
import { startStaticServer } from './support/static-server.ts';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

describe('embed mode (embed=1)', () => {
  it('shows compact chrome with the source line, as-of date and a full-view link that leaves the frame', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl, {
      viewport: { width: 700, height: 900 },
    });
    await page.goto(`${baseUrl}?embed=1&layer=detainer&step=2019-08&county=37063`);
    await page.locator('html[data-hydrated="1"]').waitFor();
    expect(await page.locator('.county-map__counties path').count()).toBe(100);
    expect(await page.getByRole('button', { name: 'Detainer handling' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.getByRole('slider', { name: 'Step in time' }).getAttribute('aria-valuenow')).toBe('2');
    expect(await page.locator('#county-card-title').textContent()).toBe('Durham County');
    expect(await page.locator('table').filter({ hasText: 'All 100 counties' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Table' }).count()).toBe(0);
    const footer = await page.locator('.embed__footer').textContent();
    expect(footer).toContain('Sources:');
    expect(footer).toContain('Data as of Nov 21, 2026');
    const full = page.getByRole('link', { name: /Open the full map/ });
    expect(await full.getAttribute('target')).toBe('_blank');
    expect(await full.getAttribute('rel')).toContain('noopener');
    const href = await full.getAttribute('href');
    expect(href).toContain('layer=detainer');
    expect(href).not.toContain('embed=1');
    // Compact: far shorter than the full page with its 100-row table.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2600);
    // Selecting a county in a frame must not add entries to the host tab's history.
    const before = await page.evaluate(() => history.length);
    await page.locator('.county-map__counties path[data-fips="37183"]').click();
    await expect.poll(() => page.locator('#county-card-title').textContent()).toBe('Wake County');
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(consoleErrors).toEqual([]);
    await saveScreenshot(page, 'embed-compact');
    await page.context().close();
  });
});

describe('embed code generator', () => {
  it('builds a titled snippet from the chosen options, previews it live, and the pasted snippet works on another site', async () => {
    const { page } = await openPage(browser(), baseUrl, {
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto(baseUrl);
    await page.locator('html[data-hydrated="1"]').waitFor();
    await page.getByRole('button', { name: 'Embed this map' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await dialog.getByLabel('Color the map by').selectOption('detainer');
    await dialog.getByLabel('Step in time').selectOption('2019-08');
    await dialog.getByLabel('Title (read by screen readers)').fill('Detainers in NC, 2019');
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect.poll(() => code.inputValue()).toContain('step=2019-08');
    const snippet = await code.inputValue();
    expect(snippet).toContain('layer=detainer');
    expect(snippet).toContain('embed=1');
    expect(snippet).toContain('title="Detainers in NC, 2019"');
    expect(snippet).toContain('embed.js');
    expect(snippet).not.toMatch(/style=|<script>/);
    const fallback = await dialog.getByRole('textbox', { name: 'Plain iframe' }).inputValue();
    expect(fallback).not.toContain('<script');
    expect(fallback).toContain('height="720"');

    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => dialog.locator('.embed-generator__status').textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // The live preview is the real embed, sized by its own height messages.
    const preview = dialog.locator('iframe.embed-generator__preview');
    await expect.poll(() => preview.getAttribute('height'), { timeout: 10_000 }).not.toBe('720');
    const previewFrame = page.frameLocator('iframe.embed-generator__preview');
    await expect.poll(() => previewFrame.locator('.county-map__counties path').count()).toBe(100);

    // Paste into a blank page on another origin: the loader sizes the frame to its content.
    const host = await startStaticServer({
      routes: {
        '/story.html': [
          'text/html',
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title></head><body><h1>Story</h1>${snippet}</body></html>`,
        ],
      },
    });
    const story = await page.context().newPage();
    await story.goto(`${host.url}story.html`);
    const frame = story.locator('iframe[data-nc-sheriffs-map]');
    expect(await frame.getAttribute('title')).toBe('Detainers in NC, 2019');
    await expect
      .poll(() => frame.evaluate((el) => Math.round(el.getBoundingClientRect().height)), { timeout: 10_000 })
      .toBeGreaterThan(720);
    const inner = story.frameLocator('iframe[data-nc-sheriffs-map]');
    expect(await inner.getByRole('slider', { name: 'Step in time' }).getAttribute('aria-valuenow')).toBe('2');
    await saveScreenshot(story, 'embed-pasted');
    await host.close();
    await page.context().close();
  });
});
