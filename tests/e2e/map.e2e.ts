import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForThisFile, saveScreenshot } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

describe('the built map in Chromium', () => {
  it('draws all 100 NC counties, each tagged with a 37xxx FIPS code and a name', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl);
    const paths = page.locator('path[data-fips]');
    await expect.poll(() => paths.count()).toBe(100);
    const fips = await paths.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-fips')));
    expect(new Set(fips).size).toBe(100);
    expect(fips.every((id) => /^37\d{3}$/.test(id ?? ''))).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: /^Wake County: / }).count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('en-US');
    await saveScreenshot(page, 'map-1280');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('draws NC undistorted: wider than tall by the true ratio, whatever the viewport', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl);
    const box = await page.locator('svg.county-map').boundingBox();
    expect(box).not.toBeNull();
    // NC spans about 803 km east-west and 303 km north-south (Murphy to Cape Hatteras, VA line to
    // Cape Fear); in the conformal projection the drawing keeps roughly that 2.6:1 ratio.
    expect(box!.width / box!.height).toBeGreaterThan(2.2);
    expect(box!.width / box!.height).toBeLessThan(3.0);
    await page.context().close();
  });

  for (const width of [320, 768, 1600]) {
    it(`fits a ${width} px wide window without horizontal scrolling`, async () => {
      const { page } = await openPage(browser(), baseUrl, { viewport: { width, height: 800 } });
      await page.goto(baseUrl);
      await expect.poll(() => page.locator('path[data-fips]').count()).toBe(100);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The map fills the column it is given (the whole width on narrow screens, beside the cards on wide ones).
      const box = await page.locator('.map-panel svg.county-map').boundingBox();
      const column = await page.locator('.map-panel').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(width);
      expect(Math.abs(box!.width - column!.width)).toBeLessThan(1);
      expect(box!.width).toBeGreaterThan(width * 0.5);
      await saveScreenshot(page, `map-${width}`);
      await page.context().close();
    });
  }

  it('falls back to defaults on malformed URL parameters instead of crashing', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}?layer=%3Cscript%3E&step=nope&county=123&lang=zz&theme=neon&embed=maybe`);
    await expect.poll(() => page.locator('path[data-fips]').count()).toBe(100);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
