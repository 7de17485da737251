import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForThisFile, saveScreenshot } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

describe('Spanish (lang=es)', () => {
  it('shows the interface and the class labels in Spanish, says what stays in English, and stays axe-clean', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}?lang=es&step=2025-10`);
    await page.locator('html[data-hydrated="1"]').waitFor();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('es-US');
    expect(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.app__lang-note').textContent()).toContain('en inglés');
    const legend = await page.locator('.legend').textContent();
    expect(legend).not.toContain('Publicly limits cooperation');
    expect(await page.getByRole('slider').getAttribute('aria-label')).not.toBe('Step in time');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await saveScreenshot(page, 'spanish');

    // Switching back to English from the page itself.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en-US');
    expect(await page.locator('.legend').textContent()).toContain('Publicly limits cooperation');
    await expect.poll(() => page.url()).not.toContain('lang=');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
