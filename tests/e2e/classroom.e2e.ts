import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, saveScreenshot } from './support/browser.ts';
import { startStaticServer, STRICT_CSP, type StaticServer } from './support/static-server.ts';

const baseUrl = inject('baseUrl');
const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = join(root, 'test-results/classroom');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(search = '', viewport = { width: 1280, height: 800 }) {
  const opened = await openPage(browser, baseUrl, { viewport, acceptDownloads: true });
  await opened.page.goto(`${baseUrl}${search}`);
  await opened.page.locator('html[data-hydrated="1"]').waitFor();
  return opened;
}

const presenter = (page: Page) => page.getByRole('region', { name: 'Presentation' });
const counter = (page: Page) => page.locator('.presenter__counter');

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Pixel statistics of a PNG, decoded by the browser: the share of pixels that are not near-white,
 * and how many pixels are close to each of the given colours.
 */
async function pixelStats(page: Page, png: Buffer, colours: readonly string[]) {
  return page.evaluate(
    async ({ data, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const near = targets.map(() => 0);
      let ink = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        if (r < 235 || g < 235 || b < 235) ink += 1;
        targets.forEach(([tr, tg, tb], k) => {
          if (Math.abs(r - tr!) + Math.abs(g - tg!) + Math.abs(b - tb!) < 30) near[k]! += 1;
        });
      }
      return { width: canvas.width, height: canvas.height, ink: ink / (pixels.length / 4), near };
    },
    { data: png.toString('base64'), colours },
  );
}

// Stance colours (src/domain/palette.ts): 287(g) agreement, limits cooperation.
const STANCE_COLOURS = ['#b35806', '#5e3c99'] as const;

describe('classroom: presenter mode', () => {
  it('the Present button opens slides; keys and clicker keys move the counter; Escape exits and returns focus', async () => {
    const { page, consoleErrors } = await open('?step=2018-12');
    const presentButton = page.getByRole('button', { name: 'Present', exact: true });
    await presentButton.click();
    await presenter(page).waitFor();
    expect(await counter(page).getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => counter(page).textContent()).toBe('Slide 1 of 6: Dec 2018');
    await expect.poll(() => page.url()).toContain('present=1');
    // Focus is inside the presentation, so keys reach it.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('presenter'))).toBe(true);
    expect(await page.locator('.presenter path[data-fips]').count()).toBe(100);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('New sheriffs take office');
    // Large type on the projector: the slide title is at least 40 px.
    const titleSize = await page
      .locator('.presenter__title')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(titleSize).toBeGreaterThanOrEqual(40);

    const steps: [string, string][] = [
      ['ArrowRight', 'Slide 2 of 6: Aug 2019'],
      ['PageDown', 'Slide 3 of 6: Dec 2024'],
      [' ', 'Slide 4 of 6: Mar 2025'],
      ['ArrowDown', 'Slide 5 of 6: Oct 2025'],
      ['PageUp', 'Slide 4 of 6: Mar 2025'],
      ['ArrowLeft', 'Slide 3 of 6: Dec 2024'],
      ['End', 'Slide 6 of 6: Nov 2026'],
      ['PageDown', 'Slide 6 of 6: Nov 2026'],
      ['Home', 'Slide 1 of 6: Dec 2018'],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect.poll(() => counter(page).textContent()).toBe(expected);
    }
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.url()).toContain('step=2019-08');
    expect(await page.locator('.presenter__discuss li').count()).toBeGreaterThanOrEqual(1);
    await saveScreenshot(page, 'classroom-presenter-slide-2');

    await page.keyboard.press('Escape');
    await expect.poll(() => presenter(page).count()).toBe(0);
    await expect.poll(() => page.url()).not.toContain('present=1');
    expect(await page.locator('.county-map path[data-fips]').count()).toBe(100);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Present');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('present=1 in the address opens the slides; the buttons have names and move the counter too', async () => {
    const { page } = await open('?present=1&step=2024-12&layer=detainer');
    await presenter(page).waitFor();
    await expect.poll(() => counter(page).textContent()).toBe('Slide 3 of 6: Dec 2024');
    await page.getByRole('button', { name: 'Next slide' }).click();
    await expect.poll(() => counter(page).textContent()).toBe('Slide 4 of 6: Mar 2025');
    await page.getByRole('button', { name: 'Previous slide' }).click();
    await expect.poll(() => counter(page).textContent()).toBe('Slide 3 of 6: Dec 2024');
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await expect.poll(() => presenter(page).count()).toBe(0);
    await page.context().close();
  });

  it('notice & wonder hides the legend, labels and step text until revealed, by key and by button', async () => {
    const { page } = await open('?present=1&step=2018-12');
    await presenter(page).waitFor();
    const legend = () => page.getByRole('region', { name: 'Legend' }).count();
    expect(await legend()).toBe(1);

    await page.keyboard.press('n');
    await expect.poll(legend).toBe(0);
    expect(await page.getByRole('button', { name: 'Notice & wonder' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const slideText = async () => (await presenter(page).locator('.presenter__slide').textContent()) ?? '';
    expect(await slideText()).toContain('What do you notice?');
    expect(await slideText()).not.toContain('New sheriffs take office');
    expect(await slideText()).not.toContain('What happened');
    expect(await counter(page).textContent()).toBe('Slide 1 of 6');
    // County names without their class: the colour's meaning is hidden too.
    expect(await page.locator('.presenter path[data-fips="37183"]').getAttribute('aria-label')).toBe(
      'Wake County',
    );
    await saveScreenshot(page, 'classroom-notice-wonder-hidden');

    await page.keyboard.press('r');
    await expect.poll(legend).toBe(1);
    expect(await slideText()).toContain('New sheriffs take office');
    expect(await page.locator('.presenter path[data-fips="37183"]').getAttribute('aria-label')).toBe(
      'Wake County: Publicly limits cooperation',
    );

    // The next slide starts hidden again; the Reveal button shows it.
    await page.keyboard.press('ArrowRight');
    await expect.poll(legend).toBe(0);
    await page.getByRole('button', { name: 'Reveal' }).click();
    await expect.poll(legend).toBe(1);
    expect(await slideText()).toContain('HB 370 vetoed');

    await page.getByRole('button', { name: 'Notice & wonder' }).click();
    await expect.poll(legend).toBe(1);
    expect(await page.getByRole('button', { name: 'Reveal' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('classroom: small multiples', () => {
  it('shows every step side by side (6 maps × 100 counties) with one shared legend; a caption opens that step', async () => {
    const { page, consoleErrors } = await open('?layer=detainer');
    await page.getByRole('button', { name: 'Small multiples' }).click();
    const grid = page.locator('.multiples__grid');
    await grid.waitFor();
    await expect.poll(() => page.url()).toContain('view=multiples');
    expect(await grid.locator('figure').count()).toBe(6);
    expect(await grid.locator('svg.county-map').count()).toBe(6);
    expect(await grid.locator('.county-map__counties path[data-fips]').count()).toBe(600);
    expect(await page.getByRole('region', { name: 'Legend' }).count()).toBe(1);
    // The shared legend lists the voluntary-era classes and the post-HB 10 class together.
    const legendText = await page.getByRole('region', { name: 'Legend' }).textContent();
    expect(legendText).toContain('Honors detainers (voluntary era)');
    expect(legendText).toContain('Holds required by state law (from Dec 1, 2024)');
    // Fills differ between the first and the last step (the law changed).
    const fill = (i: number) =>
      grid.locator('figure').nth(i).locator('path[data-fips="37063"]').getAttribute('fill');
    expect(await fill(0)).not.toBe(await fill(5));
    await saveScreenshot(page, 'classroom-small-multiples');

    await page.getByRole('button', { name: 'Open Aug 2019 on the map' }).click();
    await expect.poll(() => page.url()).toContain('step=2019-08');
    await expect.poll(() => page.url()).not.toContain('view=');
    expect(await page.locator('.county-map path[data-fips]').count()).toBe(100);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('classroom: print handout', () => {
  it('prints one US Letter page per step with the map, legend, counts, glossary, sources and date, and no controls', async () => {
    const { page } = await open('?step=2018-12');
    await page.getByRole('button', { name: 'Print handout' }).click();
    const dialog = page.getByRole('dialog', { name: 'Print handout' });
    await dialog.waitFor();
    await page.getByRole('radio', { name: /^All steps/ }).check();
    await expect.poll(() => page.locator('.sheet').count()).toBe(6);
    await saveScreenshot(page, 'classroom-handout-preview');

    const pdfPath = join(outDir, 'handout-all-steps.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'Letter' }));
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+6\b/);
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);

    // Each page: its step, the legend with counts, glossary, sources and the as-of date; no app chrome.
    const titles = [
      'New sheriffs take office',
      'HB 370 vetoed',
      'HB 10 in force',
      'SB 153 passes the Senate',
      'HB 318 in force',
      'Latest state the sources support',
    ];
    for (const [i, title] of titles.entries()) {
      const text = execFileSync('pdftotext', ['-layout', '-f', `${i + 1}`, '-l', `${i + 1}`, pdfPath, '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain(title);
      expect(text).toContain('Counties per class');
      expect(text).toMatch(/Publicly limits cooperation\s+\d+/);
      expect(text).toContain('Glossary');
      expect(text).toContain('Sources for this step');
      expect(text).toContain('Data as of Nov 21, 2026');
      expect(text).toContain(`Page ${i + 1} of 6`);
      for (const chrome of ['Print handout', 'Download PNG', 'Find a county', 'Close', 'Next slide'])
        expect(text).not.toContain(chrome);
    }

    // Rasterize and look: every page has ink and both stance colours (map and legend swatches).
    const pngDir = join(outDir, 'handout-png');
    rmSync(pngDir, { recursive: true, force: true });
    mkdirSync(pngDir, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(pngDir, 'page')]);
    const pngs = readdirSync(pngDir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(pngs).toHaveLength(6);
    for (const file of pngs) {
      const stats = await pixelStats(page, readFileSync(join(pngDir, file)), STANCE_COLOURS);
      expect(stats.width).toBe(510); // 8.5 in at 60 dpi
      expect(stats.ink, file).toBeGreaterThan(0.08);
      for (const count of stats.near) expect(count, file).toBeGreaterThan(20);
    }
    await page.context().close();
  });

  it('prints the current step alone on one page, and Close returns focus to the button', async () => {
    const { page } = await open('?step=2025-10&layer=detainer');
    await page.getByRole('button', { name: 'Print handout' }).click();
    await page.getByRole('dialog', { name: 'Print handout' }).waitFor();
    expect(await page.getByRole('radio', { name: /^This step \(Oct 2025\)/ }).isChecked()).toBe(true);
    const pdfPath = join(outDir, 'handout-one-step.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'Letter' }));
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('HB 318 in force');
    expect(text).toMatch(/Holds required by state law \(from Dec 1, 2024\)\s+100/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdfPath, join(outDir, 'handout-one-step')]);

    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Print handout');
    await page.context().close();
  });
});

describe('classroom: image export', () => {
  it('downloads the current view as SVG (100 counties, title, legend, source line) and as PNG at 2x', async () => {
    const { page, consoleErrors } = await open('?step=2019-08');
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('nc-sheriffs-ice-stance-2019-08.svg');
    const svgPath = join(outDir, svgDownload.suggestedFilename());
    await svgDownload.saveAs(svgPath);
    const svgText = readFileSync(svgPath, 'utf8');
    expect(svgText.length).toBeGreaterThan(50_000);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const svg = doc.documentElement;
      return {
        error: doc.querySelector('parsererror') !== null,
        root: svg.nodeName,
        width: Number(svg.getAttribute('width')),
        height: Number(svg.getAttribute('height')),
        counties: doc.querySelectorAll('path[data-fips]').length,
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | '),
        external: [...doc.querySelectorAll('[href], image, script, style, foreignObject')].length,
      };
    }, svgText);
    expect(parsed).toMatchObject({ error: false, root: 'svg', counties: 100, external: 0 });
    expect(parsed.text).toContain('North Carolina sheriffs and ICE');
    expect(parsed.text).toContain('Aug 2019: HB 370 vetoed');
    expect(parsed.text).toMatch(/Publicly limits cooperation: \d+ counties/);
    // The source line may wrap onto several <text> lines.
    expect(parsed.text.replace(/ \| /g, ' ')).toContain('Data as of Nov 21, 2026');

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('nc-sheriffs-ice-stance-2019-08.png');
    const pngPath = join(outDir, pngDownload.suggestedFilename());
    await pngDownload.saveAs(pngPath);
    const png = readFileSync(pngPath);
    expect(pngSize(png)).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
    const stats = await pixelStats(page, png, STANCE_COLOURS);
    expect(stats.ink).toBeGreaterThan(0.2);
    for (const count of stats.near) expect(count).toBeGreaterThan(500);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('classroom: accessibility (axe, WCAG 2.2 AA and best practice)', () => {
  const cases: [string, string, ((page: Page) => Promise<void>) | null][] = [
    ['presenter', '?present=1&step=2019-08', null],
    ['presenter, notice & wonder', '?present=1', (page) => page.keyboard.press('n')],
    ['small multiples', '?view=multiples&layer=detainer', null],
    [
      'handout preview, all steps',
      '?step=2024-12',
      async (page) => {
        await page.getByRole('button', { name: 'Print handout' }).click();
        await page.getByRole('radio', { name: /^All steps/ }).check();
        await page.locator('.sheet').nth(5).waitFor();
      },
    ],
  ];
  for (const [name, search, act] of cases) {
    it(`${name}: no violations`, async () => {
      const { page } = await open(search);
      await page.locator('.presenter, .multiples__grid, .toolbar').first().waitFor();
      if (act) await act(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const violations = results.violations.map(
        (v) =>
          `${v.id}: ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
      expect(violations).toEqual([]);
      await page.context().close();
    });
  }
});

describe('classroom: under the strict Content-Security-Policy', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({
      root: join(root, 'dist'),
      headers: { 'Content-Security-Policy': STRICT_CSP },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('presenter, small multiples, handout and PNG export run with 0 violations and 0 requests off the origin', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser, server.url, {
      acceptDownloads: true,
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${server.url}?present=1`);
    await presenter(page).waitFor();
    await page.keyboard.press('Home');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Small multiples' }).click();
    await expect.poll(() => page.locator('.multiples__grid path[data-fips]').count()).toBe(600);
    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect.poll(() => page.locator('.sheet').count()).toBe(1);
    await page.getByRole('button', { name: 'Close' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(pngSize(readFileSync(await download.path())).width).toBeGreaterThan(1000);
    expect({
      violations: await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
      consoleErrors,
      foreignRequests,
    }).toEqual({ violations: [], consoleErrors: [], foreignRequests: [] });
    await page.context().close();
  });
});

describe('classroom: offline copy', () => {
  it('dist/nc-sheriffs-ice.html opens from disk with the network blocked: 100 counties, a county card, presenter', async () => {
    const file = join(root, 'dist/nc-sheriffs-ice.html');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const blocked: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(file).href);
    await expect.poll(() => page.locator('.county-map path[data-fips]').count()).toBe(100);
    const fips = await page
      .locator('.county-map path[data-fips]')
      .evaluateAll((paths) => new Set(paths.map((p) => p.getAttribute('data-fips'))).size);
    expect(fips).toBe(100);
    // The evidence (a dynamic import on the site) is inside the file too.
    await page.locator('path[data-fips="37183"]').click();
    await page.locator('section.county-card .county-card__facts').waitFor();
    expect(await page.locator('section.county-card').textContent()).toContain('Willie Rowe');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect.poll(() => counter(page).textContent()).toBe('Slide 6 of 6: Nov 2026');
    await page.keyboard.press('Escape');
    await saveScreenshot(page, 'classroom-offline');
    expect({ blocked, errors }).toEqual({ blocked: [], errors: [] });
    await context.close();
  });

  it('the about page links to the offline copy, and the site serves it', async () => {
    const { page } = await open('?view=about');
    const link = page.getByRole('link', { name: /^Offline copy/ });
    expect(await link.getAttribute('href')).toBe('nc-sheriffs-ice.html');
    const response = await page.request.get(new URL('nc-sheriffs-ice.html', baseUrl).toString());
    expect(response.status()).toBe(200);
    const body = await response.text();
    // Everything inline: no module script or stylesheet that points at a file (a file:// page could not load it).
    expect(body.includes('<script type="module">')).toBe(true);
    expect(/<script type="module"[^>]*\ssrc=/.test(body)).toBe(false);
    expect(/<link rel="stylesheet"/.test(body)).toBe(false);
    expect(body.length).toBeGreaterThan(300_000);
    await page.context().close();
  });
});
