import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';

const baseUrl = inject('baseUrl');
/** The step ids scripts/prerender.ts wrote a page for (dist/step/<id>/index.html). */
const stepIds = readdirSync(fileURLToPath(new URL('../../dist/step/', import.meta.url))).sort();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page with JavaScript off: everything it shows comes from the prerendered HTML. */
async function openWithoutJs(path: string): Promise<Page> {
  const { page } = await openPage(browser, baseUrl, { javaScriptEnabled: false });
  await page.goto(new URL(path, baseUrl).href);
  return page;
}

async function expectExplorer(page: Page): Promise<void> {
  const paths = page.locator('svg.county-map path[data-fips]');
  expect(await paths.count()).toBe(100);
  const fips = await paths.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-fips')));
  expect(new Set(fips).size).toBe(100);
  expect(await page.locator('path[data-fips="37183"]').getAttribute('aria-label')).toMatch(/^Wake County/);
  expect(await page.locator('svg.county-map').isVisible()).toBe(true);
  // The table: one row per county under its header row.
  const table = page.getByRole('table').first();
  expect(await table.isVisible()).toBe(true);
  expect(await table.locator('tbody tr').count()).toBe(100);
  // The legend and the step card.
  expect(await page.locator('#legend-title').isVisible()).toBe(true);
  expect(await page.locator('#step-card-title').isVisible()).toBe(true);
}

describe('the built site without JavaScript', () => {
  it('shows the map with its 100 county paths, the legend, the step card and the table', async () => {
    const page = await openWithoutJs('./');
    await expectExplorer(page);
    await page.context().close();
  });

  it('an embed address (embed=1) without JavaScript still shows the map and the table', async () => {
    const page = await openWithoutJs('./?embed=1&layer=detainer');
    await expectExplorer(page);
    await page.context().close();
  });

  it('has a prerendered page per step, each showing that step', async () => {
    const page = await openWithoutJs('./');
    const slider = page.getByRole('slider').first();
    const last = Number(await slider.getAttribute('aria-valuemax'));
    const first = Number(await slider.getAttribute('aria-valuemin'));
    const defaultCard = await page.locator('#step-card-title').textContent();
    await page.context().close();

    expect(stepIds.length).toBe(last - first + 1);
    const stepPage = await openWithoutJs(`./step/${stepIds[0]}/`);
    await expectExplorer(stepPage);
    const now = Number(await stepPage.getByRole('slider').first().getAttribute('aria-valuenow'));
    expect(now).toBe(first);
    expect(await stepPage.locator('#step-card-title').textContent()).not.toBe(defaultCard);
    await stepPage.context().close();
  });

  it('a step page, with JavaScript, keeps its step and moves to the ?step= address', async () => {
    const id = stepIds[0]!;
    const { page, consoleErrors } = await openPage(browser, baseUrl);
    await page.goto(new URL(`./step/${id}/`, baseUrl).href);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.hydrated)).toBe('1');
    expect(new URL(page.url()).pathname).toBe(new URL(baseUrl).pathname);
    expect(new URL(page.url()).searchParams.get('step')).toBe(id);
    expect(await page.locator('svg.county-map path[data-fips]').count()).toBe(100);
    const slider = page.getByRole('slider').first();
    expect(await slider.getAttribute('aria-valuenow')).toBe(await slider.getAttribute('aria-valuemin'));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
