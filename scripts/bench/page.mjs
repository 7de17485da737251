/**
 * One page load and its interactions in Chromium, at a given CPU throttling rate (CDP).
 * Bytes come from the Network domain (encodedDataLength = bytes on the wire, headers included);
 * JavaScript time per step change from Performance.getMetrics (ScriptDuration), which counts only
 * script execution in the renderer, not waiting for the next frame.
 */
import { median, quantile } from './format.mjs';

const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** Runs in the page before any of its own scripts: records long tasks and when the map appeared. */
function instrument() {
  const bench = { longTasks: [], mapInDomAt: null, mapFramedAt: null, mutations: null };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const found = () => {
    if (bench.mapInDomAt !== null || !document.querySelector('svg path[data-fips]')) return false;
    bench.mapInDomAt = performance.now();
    // The frame after the one that first had the map in the DOM: an upper bound on its paint.
    requestAnimationFrame(() => setTimeout(() => (bench.mapFramedAt = performance.now())));
    return true;
  };
  const observer = new MutationObserver(() => found() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const nextFrame = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** Opens `url` fresh (no cache) at `rate`x CPU; returns resources, paint and hydration timings. */
export async function openAndLoad(browser, url, rate) {
  const context = await browser.newContext(MOBILE);
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });

  const requests = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    requests.set(requestId, { url: response.url, type, status: response.status, transferred: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const request = requests.get(requestId);
    if (request) request.transferred = encodedDataLength;
  });

  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === '1', null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(500); // late long tasks and lazy requests
  const timing = await page.evaluate(() => {
    const bench = window.__bench;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const hydrated = performance.getEntriesByName('app-hydrated')[0]?.startTime ?? null;
    // In the HTML (prerendered): the map is part of the first contentful paint.
    const mapPaint =
      bench.mapInDomAt !== null && fcp !== null && bench.mapInDomAt <= fcp ? fcp : bench.mapFramedAt;
    return {
      fcp,
      mapPaint,
      mapInHtml: bench.mapInDomAt !== null && fcp !== null && bench.mapInDomAt <= fcp,
      hydrated,
      longTasks: bench.longTasks.slice(),
    };
  });
  const resources = [...requests.values()].filter((r) => !r.url.startsWith('data:'));
  return { context, page, cdp, resources, timing, consoleErrors };
}

/** Counts attribute and node mutations in the map while steps change. */
async function watchMap(page) {
  await page.evaluate(() => {
    const counts = { fill: 0, style: 0, d: 0, other: 0, nodes: 0 };
    const svg = document.querySelector('svg.county-map');
    const paths = [...document.querySelectorAll('svg path[data-fips]')];
    paths.forEach((p, i) => (p.__benchId = i));
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'childList') counts.nodes += r.addedNodes.length + r.removedNodes.length;
        else if (r.target === svg && r.attributeName === 'style') counts.style += 1;
        else if (r.target instanceof SVGPathElement && r.target.hasAttribute('data-fips')) {
          if (r.attributeName === 'fill') counts.fill += 1;
          else if (r.attributeName === 'd') counts.d += 1;
          else counts.other += 1;
        }
      }
    });
    if (svg) observer.observe(svg, { subtree: true, childList: true, attributes: true });
    window.__benchMap = { counts, observer, paths: paths.length };
  });
  return async () =>
    page.evaluate(() => {
      const { counts, observer, paths } = window.__benchMap;
      observer.disconnect();
      const now = [...document.querySelectorAll('svg path[data-fips]')];
      const sameNodes = now.length === paths && now.every((p, i) => p.__benchId === i);
      return { ...counts, sameNodes };
    });
}

/**
 * Waits until the page has settled after a change: the next frame, then a timer (so timers the
 * change set, like the one that hands the change to React, have run), then an idle moment (React's
 * deferred render and commit are done), then one more frame and a timer (the layout that commit
 * asked for is done). An idle callback alone could run before a change's timer was due, and the
 * change's render and layout then landed in the next change's sample (one change counted 0
 * layouts, the next 2).
 */
const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const afterFrame = (then) => requestAnimationFrame(() => setTimeout(then, 0));
        afterFrame(() => requestIdleCallback(() => afterFrame(resolve), { timeout: 2000 }));
      }),
  );

/**
 * Installs the probe for the event that makes a change (`keydown` for the slider, `click` for the
 * layer buttons): a listener on `window` in the capture phase (the first JavaScript the event runs)
 * and one in the bubble phase (the last: the page has handled it, and React has rendered and
 * committed whatever it renders in the event's own task, in the microtask after its listener).
 * With `checkColours`, the bubble listener also records every county's computed fill, so the
 * bench can check that the map already showed its final colours when the event's task ended.
 */
async function installProbe(page, type) {
  await page.evaluate((type) => {
    const probe = { keyAt: null, endAt: null, checkColours: false, colours: null };
    window.__benchProbe = probe;
    addEventListener(type, () => ((probe.keyAt = performance.now()), (probe.endAt = null)), true);
    addEventListener(type, () => {
      if (probe.keyAt === null || probe.endAt !== null) return;
      probe.endAt = performance.now();
      if (probe.checkColours)
        probe.colours = [...document.querySelectorAll('svg.county-map path[data-fips]')].map(
          (p) => getComputedStyle(p).fill,
        );
    });
  }, type);
}

const coloursNow = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('svg.county-map path[data-fips]')].map((p) => getComputedStyle(p).fill),
  );

/** Step changes: the slider's arrow keys, sweeping back and forth. Null when there is nothing to change. */
async function sliderDriver(page) {
  const slider = page.getByRole('slider').first();
  if ((await slider.count()) === 0) return { skip: 'no slider: nothing measured' };
  const min = Number((await slider.getAttribute('aria-valuemin')) ?? 0);
  const max = Number((await slider.getAttribute('aria-valuemax')) ?? 0);
  if (max - min < 1) return { skip: 'slider has a single step: nothing to change' };
  await slider.focus();
  await page.keyboard.press('End');
  await nextFrame(page);
  let index = max;
  let direction = -1;
  return {
    event: 'keydown',
    method: `slider keys (${max - min + 1} steps, ArrowLeft/ArrowRight sweep)`,
    checks: 2 * (max - min),
    change: async () => {
      if (index + direction < min || index + direction > max) direction = -direction;
      index += direction;
      await page.keyboard.press(direction < 0 ? 'ArrowLeft' : 'ArrowRight');
    },
  };
}

/**
 * Layer changes: clicks on the layer buttons in turn, as mouse events at their centres (measured
 * once, so no page script runs between clicks but the page's own).
 */
async function layerDriver(page) {
  const buttons = page.locator('button[data-layer]');
  const count = await buttons.count();
  if (count < 2) return { skip: 'fewer than two layer buttons: nothing to change' };
  await buttons.first().scrollIntoViewIfNeeded();
  const centres = [];
  for (let i = 0; i < count; i += 1) {
    const box = await buttons.nth(i).boundingBox();
    centres.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  const pressed = await page.evaluate(() =>
    [...document.querySelectorAll('button[data-layer]')].findIndex((b) => b.ariaPressed === 'true'),
  );
  let index = Math.max(0, pressed);
  return {
    event: 'click',
    method: `layer buttons (${count} layers, clicked in turn)`,
    checks: 2 * count,
    change: async () => {
      index = (index + 1) % count;
      await page.mouse.click(centres[index].x, centres[index].y);
    },
  };
}

export const DRIVERS = { step: sliderDriver, layer: layerDriver };

/**
 * Drives `changes` changes with `driver` (DRIVERS) in two passes.
 *
 * Timing pass (nothing observing the DOM): per change,
 * - JS to map fills (the budget): main-thread time from the capture-phase listener of the event
 *   to the bubble-phase one, i.e. its handlers plus whatever React renders and commits in its task
 *   (wall-clock, so at 4x it includes the throttler's pauses);
 * - JS until idle: the renderer's ScriptDuration delta from before the change until a
 *   requestIdleCallback after the next frame, less the same measured around no change: everything
 *   the change costs, including the table, legend and cards React renders after the map;
 * - layouts (LayoutCount delta).
 * Check pass: a MutationObserver counts what changed in the map (fills or the <svg>'s colour
 * properties may; path `d` and the nodes must not), and each change compares the counties'
 * computed fills at the end of its task with those once idle: the timed interval must be the one
 * in which the map got its new colours.
 */
export async function measureRecolour(page, cdp, changes, makeDriver = sliderDriver) {
  const driver = await makeDriver(page);
  if (driver.skip) return { method: driver.skip, samples: [] };
  await installProbe(page, driver.event);
  const settled = () => settle(page);
  const sample = async (action) => {
    await page.evaluate(() => ((window.__benchProbe.keyAt = null), (window.__benchProbe.endAt = null)));
    const before = await metrics(cdp);
    await action();
    await settled();
    const after = await metrics(cdp);
    const probe = await page.evaluate(() => ({ ...window.__benchProbe }));
    return {
      script: (after.ScriptDuration - before.ScriptDuration) * 1000,
      toMap: probe.keyAt !== null && probe.endAt !== null ? probe.endAt - probe.keyAt : null,
      layouts: after.LayoutCount - before.LayoutCount,
      colours: probe.colours,
    };
  };
  const idle = [];
  for (let i = 0; i < 15; i += 1) idle.push((await sample(async () => {})).script);
  const overhead = median(idle) ?? 0;

  const samples = [];
  for (let i = 0; i < changes; i += 1) samples.push(await sample(driver.change));

  const stopWatching = await watchMap(page);
  await page.evaluate(() => (window.__benchProbe.checkColours = true));
  let coloursChanged = 0;
  let coloursLate = 0;
  let previous = await coloursNow(page);
  for (let i = 0; i < driver.checks; i += 1) {
    const { colours } = await sample(driver.change);
    const final = await coloursNow(page);
    if (final.some((c, j) => c !== previous[j])) coloursChanged += 1;
    if (!colours || colours.some((c, j) => c !== final[j])) coloursLate += 1;
    previous = final;
  }
  await page.evaluate(() => (window.__benchProbe.checkColours = false));
  const map = await stopWatching();
  await page.waitForTimeout(200);

  const scripts = samples.map((s) => Math.max(0, s.script - overhead));
  const toMap = samples.map((s) => s.toMap);
  const measured = toMap.filter((t) => t !== null);
  return {
    method: driver.method,
    samples: measured,
    missed: toMap.length - measured.length,
    overhead,
    median: median(measured),
    p95: quantile(measured, 0.95),
    idleMedian: median(scripts),
    idleP95: quantile(scripts, 0.95),
    layoutsMedian: median(samples.map((s) => s.layouts)),
    layoutsMax: Math.max(...samples.map((s) => s.layouts)),
    map: { ...map, checks: driver.checks, coloursChanged, coloursLate },
  };
}

/**
 * Presses play (if there is a play button) and counts animation frames for `seconds`. Playing starts
 * from the last step (the first press jumps back to the first step), as a reader arriving at the
 * latest view would. With `scrollTo`, that element is scrolled into view first and play is pressed
 * without scrolling back (a DOM click): play mode with, say, the table on screen.
 */
export async function measurePlay(page, seconds, { scrollTo } = {}) {
  const play = page.locator('button[aria-pressed]').filter({ hasText: /play/i }).first();
  if ((await play.count()) === 0 || (await play.isDisabled())) return null;
  const slider = page.getByRole('slider').first();
  if ((await slider.count()) > 0) {
    await slider.focus();
    await page.keyboard.press('End');
  }
  if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
  await settle(page);
  const button = await play.elementHandle();
  if (scrollTo) await button.evaluate((b) => b.click());
  else await button.click();
  const result = await page.evaluate(
    (duration) =>
      new Promise((resolve) => {
        const frames = [];
        const start = performance.now();
        const tick = (now) => {
          frames.push(now);
          if (now - start < duration) requestAnimationFrame(tick);
          else {
            const gaps = frames.slice(1).map((t, i) => t - frames[i]);
            resolve({ fps: ((frames.length - 1) * 1000) / (frames.at(-1) - frames[0]), gaps });
          }
        };
        requestAnimationFrame(tick);
      }),
    seconds * 1000,
  );
  await button.evaluate((b) => b.click()).catch(() => {}); // pause again
  const gaps = result.gaps.sort((a, b) => a - b);
  return { fps: result.fps, p95Frame: quantile(gaps, 0.95), maxFrame: gaps.at(-1) ?? 0 };
}
