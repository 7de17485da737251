import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { embedSnippet } from '../../src/embed/snippet.ts';
import { launchBrowser, saveScreenshot } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

/** The map, as built and served by global-setup; the host pages live on another origin (another port). */
const baseUrl = inject('baseUrl');
const mapOrigin = new URL(baseUrl).origin;
let browser: Browser;
let host: StaticServer;

const page = (title: string, body: string, scripts: string[] = []) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<h1>${title}</h1><p>Reporting above the map.</p>${body}<p id="after">Reporting below the map.</p>` +
  scripts.map((src) => `<script src="${src}"></script>`).join('') +
  `</body></html>`;

const snippet = embedSnippet({
  pageUrl: `${baseUrl}?layer=detainer`,
  title: 'Map: North Carolina sheriffs and ICE detainers',
  height: 300,
  frameId: 'story-map',
});

/**
 * A pym.js-style Parent, written from pym.js v1's documented behaviour (nprapps/pym.js src/pym.js):
 * builds the iframe with `initialWidth` and `childId`, accepts strings matching
 * ^pymxPYMx{id}xPYMx(\S+)xPYMx(.*)$ from any origin (pym's default xdomain '*'), sets the height
 * attribute from `height` messages, and sends `width` to the child on resize.
 */
const PYM_PARENT = `(function () {
  var el = document.getElementById('pym-map');
  var id = el.id, src = el.getAttribute('data-src'), D = 'xPYMx';
  var iframe = document.createElement('iframe');
  iframe.src = src + (src.indexOf('?') < 0 ? '?' : '&') + 'initialWidth=' + el.offsetWidth + '&childId=' + id +
    '&parentTitle=' + encodeURIComponent(document.title) + '&parentUrl=' + encodeURIComponent(location.href);
  iframe.setAttribute('width', '100%');
  iframe.setAttribute('scrolling', 'no');
  iframe.setAttribute('marginheight', '0');
  iframe.setAttribute('frameborder', '0');
  iframe.setAttribute('title', 'Map: North Carolina sheriffs and ICE (pym)');
  el.appendChild(iframe);
  var regex = new RegExp('^pym' + D + id + D + '(\\\\S+)' + D + '(.*)$');
  window.pymHeights = [];
  window.addEventListener('message', function (e) {
    if (typeof e.data !== 'string') return;
    var match = e.data.match(regex);
    if (!match || match.length !== 3) return;
    if (match[1] === 'height') { window.pymHeights.push(parseInt(match[2], 10)); iframe.setAttribute('height', parseInt(match[2], 10) + 'px'); }
  });
  window.addEventListener('resize', function () {
    iframe.contentWindow.postMessage(['pym', id, 'width', String(el.offsetWidth)].join(D), '*');
  });
})();`;

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startStaticServer({
    // Host pages as strict as ours: no inline script or style, scripts and frames only from the map's site.
    headers: {
      'Content-Security-Policy': `default-src 'self'; script-src 'self' ${mapOrigin}; frame-src ${mapOrigin}; style-src 'self'; img-src 'self'`,
    },
    routes: {
      '/snippet.html': ['text/html', page('Pasted snippet', snippet.full)],
      '/late.html': [
        'text/html',
        page('Frame added later', '<div id="slot"></div>', [`${mapOrigin}/embed.js`]),
      ],
      '/loader-last.html': ['text/html', page('Loader added after the frame loaded', snippet.iframe)],
      '/fallback.html': ['text/html', page('Plain iframe', snippet.fallback)],
      '/pym.html': [
        'text/html',
        page('pym parent', `<div id="pym-map" data-src="${baseUrl}?embed=1"></div>`, ['/pym-parent.js']),
      ],
      '/pym-parent.js': ['text/javascript', PYM_PARENT],
      '/favicon.ico': ['image/x-icon', ''],
    },
  });
  expect(host.origin).not.toBe(mapOrigin);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** A host page with everything that could go wrong recorded: CSP violations in any frame, errors, foreign requests. */
async function openHost(path: string, viewport = { width: 1100, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const hostPage = await context.newPage();
  const problems: string[] = [];
  hostPage.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  hostPage.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  hostPage.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  hostPage.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (origin !== host.origin && origin !== mapOrigin && !r.url().startsWith('data:'))
      problems.push(`request: ${r.url()}`);
  });
  await hostPage.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation in ${location.href}: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await hostPage.goto(new URL(path, host.url).toString());
  return { hostPage, problems };
}

async function mapFrame(hostPage: Page, selector = 'iframe'): Promise<Frame> {
  const frame = await (await hostPage.waitForSelector(selector)).contentFrame();
  if (!frame) throw new Error('no frame');
  await expect.poll(() => frame.locator('path[data-fips]').count(), { timeout: 15_000 }).toBe(100);
  return frame;
}

const frameHeight = (hostPage: Page, selector = 'iframe') =>
  hostPage.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().height));
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** Polls until the iframe is exactly as tall as its content, and returns that height. */
async function expectFitted(hostPage: Page, frame: Frame, selector = 'iframe'): Promise<number> {
  await expect
    .poll(async () => (await frameHeight(hostPage, selector)) - (await contentHeight(frame)), {
      timeout: 10_000,
    })
    .toBe(0);
  return frameHeight(hostPage, selector);
}

/** Grows the framed page by 1500 px, then shrinks it to a 120 px stub, then restores it; the frame follows each time. */
async function expectTracksBothWays(hostPage: Page, frame: Frame, selector = 'iframe'): Promise<void> {
  const start = await expectFitted(hostPage, frame, selector);
  expect(start).toBeGreaterThan(300); // the snippet's starting height was replaced

  await frame.evaluate(() => {
    const filler = document.createElement('div');
    filler.id = 'e2e-filler';
    filler.style.height = '1500px';
    document.body.append(filler);
  });
  const grown = await expectFitted(hostPage, frame, selector);
  expect(grown).toBe(start + 1500);

  await frame.evaluate(() => {
    document.getElementById('e2e-filler')?.remove();
    const root = document.getElementById('root');
    if (root) root.style.display = 'none';
    const stub = document.createElement('div');
    stub.id = 'e2e-stub';
    stub.style.height = '120px';
    document.body.append(stub);
  });
  const shrunk = await expectFitted(hostPage, frame, selector);
  expect(shrunk).toBe(120);

  await frame.evaluate(() => {
    document.getElementById('e2e-stub')?.remove();
    document.getElementById('root')?.style.removeProperty('display');
  });
  expect(await expectFitted(hostPage, frame, selector)).toBe(start);
}

describe('embedding the map on another origin', () => {
  it('the generator snippet, pasted into a blank page, sizes the frame to its content as it grows and shrinks', async () => {
    const { hostPage, problems } = await openHost('/snippet.html');
    const iframe = hostPage.locator('iframe[data-nc-sheriffs-map]');
    expect(await iframe.getAttribute('title')).toBe('Map: North Carolina sheriffs and ICE detainers');
    const frame = await mapFrame(hostPage);
    expect(new URL(frame.url()).searchParams.get('embed')).toBe('1');
    expect(new URL(frame.url()).searchParams.get('layer')).toBe('detainer');
    await expectTracksBothWays(hostPage, frame);
    await saveScreenshot(hostPage, 'embed-snippet-host');
    expect(problems).toEqual([]);
    await hostPage.context().close();
  });

  it('follows the content when the host page is resized (the map reflows to the new width)', async () => {
    const { hostPage, problems } = await openHost('/snippet.html');
    const frame = await mapFrame(hostPage);
    const wide = await expectFitted(hostPage, frame);
    await hostPage.setViewportSize({ width: 420, height: 800 });
    const narrow = await expectFitted(hostPage, frame);
    expect(narrow).not.toBe(wide);
    await hostPage.setViewportSize({ width: 1100, height: 800 });
    expect(await expectFitted(hostPage, frame)).toBe(wide);
    expect(problems).toEqual([]);
    await hostPage.context().close();
  });

  it('sizes frames a CMS adds after the loader ran', async () => {
    const { hostPage, problems } = await openHost('/late.html');
    await hostPage.waitForFunction(() => 'ncSheriffsMapLoader' in window);
    await hostPage.evaluate((src) => {
      const iframe = document.createElement('iframe');
      iframe.setAttribute('data-nc-sheriffs-map', '');
      iframe.title = 'Late map';
      iframe.src = src;
      iframe.width = '100%';
      iframe.height = '150';
      iframe.frameBorder = '0';
      document.getElementById('slot')?.append(iframe);
    }, `${baseUrl}?embed=1`);
    const frame = await mapFrame(hostPage);
    expect(await expectFitted(hostPage, frame)).toBeGreaterThan(150);
    expect(problems).toEqual([]);
    await hostPage.context().close();
  });

  it('sizes a frame that finished loading before the loader script arrived (it asks for the height)', async () => {
    const { hostPage, problems } = await openHost('/loader-last.html');
    const frame = await mapFrame(hostPage);
    await hostPage.waitForTimeout(300);
    expect(await frameHeight(hostPage)).toBe(300); // nobody listening yet: still the snippet's height
    await hostPage.evaluate((src) => {
      const script = document.createElement('script');
      script.src = src;
      document.body.append(script);
    }, `${mapOrigin}/embed.js`);
    expect(await expectFitted(hostPage, frame)).toBeGreaterThan(300);
    expect(problems).toEqual([]);
    await hostPage.context().close();
  });

  it('ignores height messages that do not come from the frame itself', async () => {
    const { hostPage } = await openHost('/snippet.html');
    const frame = await mapFrame(hostPage);
    const fitted = await expectFitted(hostPage, frame);
    await hostPage.evaluate(() => {
      window.postMessage({ type: 'nc-sheriffs-map:height', version: 1, height: 5, id: 'story-map' }, '*');
    });
    await hostPage.waitForTimeout(300);
    expect(await frameHeight(hostPage)).toBe(fitted);
    await hostPage.context().close();
  });

  it('the plain-iframe fallback keeps its fixed height and still shows the map', async () => {
    const { hostPage, problems } = await openHost('/fallback.html');
    const frame = await mapFrame(hostPage);
    expect(await hostPage.locator('iframe').getAttribute('title')).toBeTruthy();
    await hostPage.waitForTimeout(300);
    expect(await frameHeight(hostPage)).toBe(300);
    expect(await frame.locator('path[data-fips]').count()).toBe(100);
    expect(problems).toEqual([]);
    await hostPage.context().close();
  });

  it('a pym.js-style parent sizes the frame from our pym messages, both ways', async () => {
    const { hostPage, problems } = await openHost('/pym.html');
    const frame = await mapFrame(hostPage, '#pym-map iframe');
    expect(new URL(frame.url()).searchParams.get('childId')).toBe('pym-map');
    await expectTracksBothWays(hostPage, frame, '#pym-map iframe');
    // The heights came as pym strings: the parent above reads nothing else.
    const heights = await hostPage.evaluate(() => (window as unknown as { pymHeights: number[] }).pymHeights);
    expect(heights).toContain(120);
    expect(problems).toEqual([]);
    await hostPage.context().close();
  });
});

describe('the loader as served', () => {
  it('is under 2 KB', () => {
    const size = readFileSync(new URL('../../dist/embed.js', import.meta.url)).byteLength;
    expect(size).toBeLessThan(2048);
  });
});
