import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, browserForThisFile, saveScreenshot } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

async function open(search = '', viewport = { width: 1280, height: 900 }): Promise<Page> {
  const { page } = await openPage(browser(), baseUrl, { viewport });
  await page.goto(`${baseUrl}${search}`);
  await page.locator('html[data-hydrated="1"]').waitFor();
  return page;
}

const county = (page: Page, fips: string) => page.locator(`.county-map__counties path[data-fips="${fips}"]`);
const card = (page: Page) => page.locator('section.county-card');
/** The card's evidence loads lazily after its heading; wait for it before reading the card. */
const evidence = async (page: Page) => {
  await card(page).locator('.county-card__facts').waitFor();
  return card(page);
};
const slider = (page: Page) => page.getByRole('slider', { name: 'Step in time' });

describe('explorer: county evidence card', () => {
  it('clicking Wake at Dec 2018 shows Sheriff Baker, his stance and linked sources; at Dec 2024 Sheriff Rowe', async () => {
    const page = await open('?step=2018-12');
    await county(page, '37183').click();
    await expect.poll(() => card(page).getByRole('heading', { level: 2 }).textContent()).toBe('Wake County');
    const text = await (await evidence(page)).textContent();
    expect(text).toContain('Gerald M. Baker (Democrat)');
    expect(text).toContain('Publicly limits cooperation');
    const links = card(page).locator('a[href^="http"]');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute('target')).toBe('_blank');
    expect(await links.first().getAttribute('rel')).toContain('noopener');
    await expect.poll(() => page.url()).toContain('county=37183');

    await slider(page).focus();
    await page.keyboard.press('End');
    await page.goto(`${baseUrl}?step=2024-12&county=37183`);
    await page.locator('html[data-hydrated="1"]').waitFor();
    expect(await (await evidence(page)).textContent()).toContain('Willie Rowe (Democrat)');
    await page.context().close();
  });

  it('shows a mid-term appointee: Cumberland in Nov 2026 is Sheriff Morgan, not the 2022 winner', async () => {
    const page = await open('?step=2026-11&county=37051');
    const text = await (await evidence(page)).textContent();
    expect(text).toContain('Johnathan Morgan');
    expect(text).not.toContain('Ennis W. Wright (Democrat), in office');
    // The history row for Dec 2018 still names the elected sheriff of that time.
    expect(await card(page).locator('tr', { hasText: 'Dec 2018' }).textContent()).toContain(
      'Ennis W. Wright',
    );
    await page.context().close();
  });

  it('counts Person County’s Feb 2026 287(g) agreement at the latest step only', async () => {
    const page = await open('?step=2026-11&county=37145');
    expect(await (await evidence(page)).textContent()).toContain('287(g) agreement');
    await page.goto(`${baseUrl}?step=2025-10&county=37145`);
    await page.locator('html[data-hydrated="1"]').waitFor();
    expect(await card(page).locator('dd').nth(1).textContent()).toContain(
      'No county-specific policy on record',
    );
    await page.context().close();
  });

  it('names who disputes what for a disputed county', async () => {
    const page = await open('?step=2026-11&layer=detainer&county=37119');
    const text = await (await evidence(page)).textContent();
    expect(text).toContain('Disputed: someone named says the county does not cooperate or comply');
    expect(text).toMatch(/Tillis/);
    await page.context().close();
  });

  it('Escape closes the card and returns focus to the county on the map', async () => {
    const page = await open('?step=2025-10');
    await county(page, '37063').click();
    await card(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-fips'))).toBe('37063');
    await expect.poll(() => page.url()).not.toContain('county=');
    await page.context().close();
  });
});

describe('explorer: time slider and layers', () => {
  it('arrow keys move the step, announce it, and recolour the map', async () => {
    const page = await open('?step=2024-12');
    // The colours a reader sees (computed), which the key press itself commits; the paths' own
    // fill attributes follow with the deferred render.
    const fillsAt = () =>
      page
        .locator('.county-map__counties path')
        .evaluateAll((nodes) => nodes.map((n) => getComputedStyle(n).fill).join());
    const before = await fillsAt();
    await slider(page).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('2');
    expect(await slider(page).getAttribute('aria-valuetext')).toMatch(/^Aug 2019: /);
    await expect.poll(() => page.url()).toContain('step=2019-08');
    const after = await fillsAt();
    expect(after).not.toBe(before);
    // The stops take their look from the slider's value (generated rules): the second dot is the
    // enlarged one, and the first two are filled, the rest not.
    const dots = () =>
      page.locator('.step-slider__dot').evaluateAll((nodes) =>
        nodes.map((n) => ({
          transform: getComputedStyle(n).transform,
          fill: getComputedStyle(n).backgroundColor,
        })),
      );
    const shown = await dots();
    expect(shown.map((d) => d.transform !== 'matrix(1, 0, 0, 1, 0, 0)')).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(shown.map((d) => d.fill === shown[0]!.fill)).toEqual([true, true, false, false, false, false]);
    await page.keyboard.press('Home');
    await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('1');
    await page.keyboard.press('End');
    await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('6');
    // The announcement follows in the deferred render, right after the slider.
    await expect
      .poll(() => page.locator('[aria-live="polite"][aria-atomic="true"]').textContent())
      .toMatch(/^Step 6 of 6/);
    await page.context().close();
  });

  it('clicking a tick label jumps to that step', async () => {
    const page = await open();
    await page.locator('.step-slider__stop', { hasText: 'Dec 2018' }).click();
    await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('1');
    await page.context().close();
  });

  it('play advances through the steps and stops at the end', async () => {
    const page = await open('?step=2025-03');
    await page.getByRole('button', { name: /Play the steps/ }).click();
    await expect.poll(() => slider(page).getAttribute('aria-valuenow'), { timeout: 9000 }).toBe('6');
    await expect
      .poll(() => page.getByRole('button', { name: /Play the steps/ }).count(), { timeout: 4000 })
      .toBe(1);
    await page.context().close();
  });

  it('on a phone, the table below the map keeps its step while playing and catches up as it is scrolled to', async () => {
    const page = await open('?step=2024-12', { width: 412, height: 823 });
    const caption = page.locator('.data-table caption');
    const stepTitle = page.locator('#step-card-title');
    const before = await caption.textContent();
    expect(before).toContain(await stepTitle.textContent());
    await page.getByRole('button', { name: /Play the steps/ }).click();
    await expect.poll(() => slider(page).getAttribute('aria-valuenow'), { timeout: 6000 }).toBe('4');
    await expect.poll(() => stepTitle.textContent()).not.toBe(before?.split(': ').at(-1));
    expect(await caption.textContent()).toBe(before);
    await page.locator('.data-table').scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await caption.textContent())?.endsWith(`: ${await stepTitle.textContent()}`))
      .toBe(true);
    await page.context().close();
  });

  it('the colours a reader sees after layer and step changes are the ones React renders for them', async () => {
    const page = await open('?step=2025-10');
    // The live colours (custom properties per layer, written in the press's task) against the
    // paths' own fill attributes (React's render of the same layer and step): a copy of the map
    // without the live class shows the latter.
    const mismatches = () =>
      page.evaluate(() => {
        const svg = document.querySelector('svg.county-map')!;
        const copy = svg.cloneNode(true) as SVGSVGElement;
        copy.classList.remove('county-map--live');
        document.body.append(copy);
        const seen = [...svg.querySelectorAll('.county-map__counties path')];
        const rendered = [...copy.querySelectorAll('.county-map__counties path')];
        const count = seen.filter(
          (path, i) => getComputedStyle(path).fill !== getComputedStyle(rendered[i]!).fill,
        ).length;
        copy.remove();
        return count;
      });
    expect(await page.locator('svg.county-map.county-map--live').count()).toBe(1);
    for (const layer of ['Sheriff’s party', 'Detainer handling', 'Sheriff’s stance', 'Sheriff’s party']) {
      await page.getByRole('button', { name: layer }).click();
      await expect.poll(() => page.locator('svg.county-map').getAttribute('data-layer')).toBeTruthy();
      await expect.poll(mismatches).toBe(0);
    }
    await slider(page).focus();
    for (const key of ['Home', 'ArrowRight', 'End']) {
      await page.keyboard.press(key);
      await expect.poll(mismatches).toBe(0);
    }
    await page.context().close();
  });

  it('layer buttons switch the legend and the change sentence', async () => {
    const page = await open('?step=2025-10');
    await page.getByRole('button', { name: 'Sheriff’s party' }).click();
    await expect.poll(() => page.locator('.legend').textContent()).toContain('Republican');
    expect(await page.locator('.change-summary').textContent()).toMatch(/new sheriff since Mar 2025\.$/);
    await slider(page).focus();
    await page.keyboard.press('End');
    // Between Oct 2025 and Nov 2026 no known sheriff was replaced by another known person.
    await expect
      .poll(() => page.locator('.change-summary').textContent())
      .toBe('No county has a new sheriff since Oct 2025.');
    await page.getByRole('button', { name: 'Detainer handling' }).click();
    await expect.poll(() => page.locator('.legend').textContent()).toContain('Holds required by state law');
    await expect.poll(() => page.url()).toContain('layer=detainer');
    await page.context().close();
  });

  it('a legend class highlights its counties', async () => {
    const page = await open('?step=2025-10');
    await page.locator('.legend__classes button', { hasText: '287(g) agreement' }).click();
    const faded = await page.locator('.county-map__counties path.is-faded').count();
    expect(faded).toBe(100 - 21);
    await page.context().close();
  });
});

describe('explorer: links, search, table', () => {
  it('a shared URL reopens the same view, and Back/Forward walk the history', async () => {
    const page = await open('?layer=detainer&step=2019-08&county=37063');
    expect(await page.getByRole('button', { name: 'Detainer handling' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('2');
    expect(await card(page).getByRole('heading', { level: 2 }).textContent()).toBe('Durham County');
    await page.getByRole('button', { name: 'Sheriff’s party' }).click();
    await expect.poll(() => page.url()).toContain('layer=sheriff');
    await page.goBack();
    await expect
      .poll(() => page.getByRole('button', { name: 'Detainer handling' }).getAttribute('aria-pressed'))
      .toBe('true');
    await page.goForward();
    await expect
      .poll(() => page.getByRole('button', { name: 'Sheriff’s party' }).getAttribute('aria-pressed'))
      .toBe('true');
    await page.context().close();
  });

  it('typing in Find a county and pressing Enter selects the county', async () => {
    const page = await open();
    const box = page.getByRole('combobox', { name: 'Find a county' });
    await box.fill('meck');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual(['Mecklenburg']);
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBeTruthy();
    await box.press('Enter');
    await expect
      .poll(() => card(page).getByRole('heading', { level: 2 }).textContent())
      .toBe('Mecklenburg County');
    await expect.poll(() => page.url()).toContain('county=37119');
    expect(await county(page, '37119').getAttribute('aria-pressed')).toBe('true');
    await box.fill('zzz');
    await expect
      .poll(() => page.locator('.county-search__none').textContent())
      .toContain('No county matches');
    await page.context().close();
  });

  it('the table sorts and filters', async () => {
    const page = await open('?view=table&step=2025-10');
    const firstCounty = () => page.locator('.data-table tbody th').first().textContent();
    expect(await firstCounty()).toBe('Alamance');
    await page.getByRole('button', { name: 'County', exact: true }).click();
    await expect.poll(firstCounty).toBe('Yancey');
    expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Stance', exact: true }).click();
    await expect.poll(() => page.locator('th[aria-sort="ascending"]').textContent()).toContain('Stance');
    await page.getByLabel('Filter by county or sheriff').fill('rowe');
    await expect.poll(() => page.locator('.data-table tbody tr').count()).toBe(1);
    expect(await firstCounty()).toBe('Wake');
    await page.getByLabel('Filter by county or sheriff').fill('');
    await page.getByLabel('Only counties that changed at this step').check();
    await expect.poll(() => page.locator('.data-table tbody tr').count()).toBe(7);
    expect(await page.locator('.data-table__count').textContent()).toBe('Showing 7 of 100 counties');
    await page.context().close();
  });

  it('the about view shows the methodology, the as-of date and working download links', async () => {
    const page = await open('?view=about');
    await expect.poll(() => page.locator('.about').textContent(), { timeout: 5000 }).toContain('287(g)');
    expect(await page.locator('.about__asof').textContent()).toContain('Nov 21, 2026');
    const href = await page.getByRole('link', { name: 'Counties by step (CSV)' }).getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).toString());
    expect(response.ok()).toBe(true);
    const csv = await response.text();
    expect(csv.split('\n')[0]).toBe(
      'fips,county,step,step_date,sheriff,sheriff_party,stance,detainer,basis,source_ids',
    );
    expect(csv.trim().split('\n')).toHaveLength(601);
    await page.context().close();
  });
});

describe('explorer: screenshots of each layer at each step', () => {
  it('saves 18 screenshots for review', async () => {
    const page = await open();
    for (const layer of ['stance', 'detainer', 'sheriff']) {
      for (const step of ['2018-12', '2019-08', '2024-12', '2025-03', '2025-10', '2026-11']) {
        await page.goto(`${baseUrl}?layer=${layer}&step=${step}`);
        await page.locator('html[data-hydrated="1"]').waitFor();
        expect(await page.locator('.county-map__counties path').count()).toBe(100);
        await saveScreenshot(page, `explorer-${layer}-${step}`);
      }
    }
    await page.context().close();
  });
});
