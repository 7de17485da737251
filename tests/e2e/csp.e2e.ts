import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, saveScreenshot } from './support/browser.ts';
import { startStaticServer, STRICT_CSP, type StaticServer } from './support/static-server.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer({ root: dist, headers: { 'Content-Security-Policy': STRICT_CSP } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` under the strict policy, recording violations as the page itself reports them. */
async function openUnderCsp(path: string) {
  const opened = await openPage(browser, server.url);
  // Init scripts are injected by the browser, not by the page, so the policy does not apply to them.
  await opened.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      // For a blocked style attribute, the event's target is the element that carries it.
      const target = event.target instanceof Element ? event.target : null;
      const where = target
        ? `<${target.tagName.toLowerCase()} class="${target.getAttribute('class') ?? ''}">`
        : '';
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ${where} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  const response = await opened.page.goto(new URL(path, server.url).toString());
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
  return opened;
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe('the built site under a strict Content-Security-Policy', () => {
  for (const path of ['./', './?embed=1&layer=detainer&theme=dark', './step/2019-08/']) {
    it(`renders ${path} with 0 violations, 0 console errors and 0 requests off its origin`, async () => {
      const { page, consoleErrors, foreignRequests } = await openUnderCsp(path);
      await expect.poll(() => page.locator('path[data-fips]').count()).toBe(100);
      await page.waitForLoadState('networkidle');
      // Work it a little: select a county, so scripts run past the first render.
      await page.locator('path[data-fips="37183"]').click();
      await page.waitForTimeout(200);
      await saveScreenshot(page, `csp-${path.replace(/[^a-z0-9]+/gi, '-')}`);
      // One assertion, so a failure lists every kind of problem at once.
      expect({ violations: await violations(page), consoleErrors, foreignRequests }).toEqual({
        violations: [],
        consoleErrors: [],
        foreignRequests: [],
      });
      await page.context().close();
    });
  }

  it('stores nothing: no cookies, no local or session storage', async () => {
    const { page } = await openUnderCsp('./?layer=sheriff');
    await expect.poll(() => page.locator('path[data-fips]').count()).toBe(100);
    await page.locator('path[data-fips="37119"]').click();
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
      0,
      0,
      '',
    ]);
    await page.context().close();
  });

  it('the policy is really enforced: an inline script is blocked and reported', async () => {
    const { page, consoleErrors } = await openUnderCsp('./');
    await expect.poll(() => page.locator('path[data-fips]').count()).toBe(100);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    const scriptViolations = async () => (await violations(page)).filter((v) => v.startsWith('script-src'));
    await expect.poll(scriptViolations).toHaveLength(1);
    expect(consoleErrors.some((text) => text.includes('Content Security Policy'))).toBe(true);
    await page.context().close();
  });
});
