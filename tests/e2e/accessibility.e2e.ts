import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, browserForThisFile, saveScreenshot } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

async function open(
  search: string,
  viewport = { width: 1280, height: 900 },
  colorScheme: 'light' | 'dark' = 'light',
) {
  const { page } = await openPage(browser(), baseUrl, { viewport, colorScheme });
  await page.goto(`${baseUrl}${search}`);
  await page.locator('html[data-hydrated="1"]').waitFor();
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

const VIEWS = [
  ['stance layer', '?layer=stance'],
  ['detainer layer at Aug 2019', '?layer=detainer&step=2019-08'],
  ['sheriff layer', '?layer=sheriff&step=2024-12'],
  ['a selected county', '?step=2025-10&county=37119'],
  ['the table', '?view=table'],
  ['the methodology', '?view=about'],
] as const;

describe('axe-core: WCAG 2.2 A/AA + best practices, every view in every theme', () => {
  for (const theme of ['light', 'dark', 'projector'] as const) {
    for (const [name, search] of VIEWS) {
      it(`${name}, ${theme} theme: 0 violations`, async () => {
        const page = await open(`${search}&theme=${theme}`);
        if (search.includes('about')) await page.locator('.about .markdown').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('dark colours follow prefers-color-scheme when no theme is chosen', async () => {
    const page = await open('', { width: 1280, height: 900 }, 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(18, 18, 18)');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard path', () => {
  it('Tab reaches the map as one stop; arrows move to a named neighbour; Enter opens the card; Escape returns', async () => {
    const page = await open('?step=2025-10&county=37183');
    // Close the card so focus starts on the map's tab stop (Wake, from the link).
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-fips'))).toBe('37183');
    await page.keyboard.press('ArrowLeft');
    const west = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(west).toMatch(/^(Chatham|Durham) County/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#county-card-title').textContent())
      .toMatch(/^(Chatham|Durham) County$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('county-card-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.county-card').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(west);

    // The map is a single tab stop: one Tab from the focused county leaves the map.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.county-map') === null)).toBe(true);
    const stops = await page.locator('.county-map [tabindex="0"]').count();
    expect(stops).toBe(1);
    await page.context().close();
  });

  it('the skip link jumps to the table', async () => {
    const page = await open('');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the table' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('data-table');
    await page.context().close();
  });
});

describe('phone path', () => {
  it('at 360×740: no horizontal scroll, tap opens the card as a bottom sheet, targets ≥ 44 px', async () => {
    const { page } = await openPage(browser(), baseUrl, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(`${baseUrl}?step=2025-10`);
    await page.locator('html[data-hydrated="1"]').waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.locator('.county-map__counties path[data-fips="37119"]').tap();
    const sheet = page.locator('.county-card');
    await sheet.waitFor();
    const box = await sheet.boundingBox();
    expect(box).not.toBeNull();
    expect(Math.round(box!.x)).toBe(0);
    expect(Math.round(box!.width)).toBe(360);
    expect(Math.round(box!.y + box!.height)).toBe(740);
    for (const locator of [
      page.getByRole('button', { name: 'Close' }),
      page.getByRole('button', { name: 'Sheriff’s stance' }),
      page.getByRole('button', { name: /Play the steps/ }),
    ]) {
      const target = await locator.boundingBox();
      expect(target!.height).toBeGreaterThanOrEqual(44);
      expect(target!.width).toBeGreaterThanOrEqual(44);
    }
    await saveScreenshot(page, 'phone-360-card');
    await page.context().close();
  });
});

describe('phone toolbar', () => {
  it('folds the classroom and embed tools behind one button at 360 px, so the map comes sooner', async () => {
    const page = await open('?step=2025-10', { width: 360, height: 740 });
    const toggle = page.getByRole('button', { name: 'Classroom and embed tools' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: 'Present' }).isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('button', { name: 'Present' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Embed this map' }).isVisible()).toBe(true);
    // On a wide screen there is nothing to fold.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await toggle.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Present' }).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('shortcuts and zoom', () => {
  it('? opens the shortcut list as a modal dialog; Escape closes it; axe finds nothing while open', async () => {
    const page = await open('');
    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('bordering county');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.context().close();
  });

  it('at 200 % browser zoom (640 CSS px) nothing scrolls sideways and every control stays reachable', async () => {
    const page = await open('?step=2025-10', { width: 640, height: 450 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    for (const name of ['Map', 'Table', 'Sheriff’s stance', 'Keyboard shortcuts']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(640);
    }
    await saveScreenshot(page, 'zoom-200');
    await page.context().close();
  });

  it('with text at 200 % the page still fits its width and the table stays scrollable on its own', async () => {
    const page = await open('?step=2025-10', { width: 1280, height: 900 });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await page.getByRole('slider', { name: 'Step in time' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'text-200');
    await page.context().close();
  });
});
