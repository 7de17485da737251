import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataTable } from '../../src/components/DataTable.tsx';
import { resetAppStore, useAppStore } from '../../src/state/store.ts';
import { fixtureDataset } from '../fixtures/dataset.ts';
import { renderWithData, changeStore } from './support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
});

const table = () => screen.getByRole('table', { name: /^All 100 counties at / });
/** County names in row order (the row headers). */
const countyOrder = () =>
  within(table())
    .queryAllByRole('rowheader')
    .map((th) => th.textContent);
const header = (name: string) => within(table()).getByRole('columnheader', { name: new RegExp(`^${name}`) });
const sortButton = (name: string) => within(header(name)).getByRole('button');
const filterBox = () => screen.getByRole('searchbox', { name: 'Filter by county or sheriff' });
const changedOnly = () => screen.getByRole('checkbox', { name: 'Only counties that changed at this step' });

describe('DataTable', () => {
  it('is a table captioned with the step, one row per county with its values', () => {
    renderWithData(<DataTable />, { state: { step: 'step-2' } });
    expect(
      screen.getByRole('table', { name: 'All 100 counties at Dec 2024: Mandate in force' }),
    ).toBeInTheDocument();
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['County ▲', 'Sheriff', 'Party', 'Stance', 'Detainers', 'Evidence']);
    const east = within(table()).getByRole('rowheader', { name: 'East' }).closest('tr')!;
    expect(
      within(east)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual([
      'Sam New',
      'Republican',
      '287(g) agreement',
      'Holds required by state law',
      'Documented: a county-specific source',
    ]);
    expect(screen.getByText('Showing 2 of 2 counties')).toBeInTheDocument();
  });

  it('sorts by county ascending at first, and toggles to descending on a second press', async () => {
    const { user } = renderWithData(<DataTable />, { state: { step: 'step-2' } });
    expect(header('County')).toHaveAttribute('aria-sort', 'ascending');
    expect(countyOrder()).toEqual(['East', 'West']);
    await user.click(sortButton('County'));
    expect(header('County')).toHaveAttribute('aria-sort', 'descending');
    expect(countyOrder()).toEqual(['West', 'East']);
    await user.click(sortButton('County'));
    expect(header('County')).toHaveAttribute('aria-sort', 'ascending');
    expect(countyOrder()).toEqual(['East', 'West']);
  });

  it('sorts by another column, ascending first, and marks only that column', async () => {
    const { user } = renderWithData(<DataTable />, { state: { step: 'step-1' } });
    // Step 1: West has a Republican sheriff (Pat Example), East a Democrat (Lee Sample).
    await user.click(sortButton('Party'));
    expect(header('Party')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('County')).not.toHaveAttribute('aria-sort');
    expect(countyOrder()).toEqual(['East', 'West']);
    await user.click(sortButton('Sheriff'));
    expect(header('Sheriff')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Party')).not.toHaveAttribute('aria-sort');
    expect(countyOrder()).toEqual(['East', 'West']);
    await user.click(sortButton('Sheriff'));
    expect(header('Sheriff')).toHaveAttribute('aria-sort', 'descending');
    expect(countyOrder()).toEqual(['West', 'East']);
  });

  it('sorts by the labels shown, not the ids', async () => {
    const { user } = renderWithData(<DataTable />, { state: { step: 'step-2' } });
    // Ids: agreement_287g < limits_cooperation; labels: "287(g) agreement" < "Publicly limits cooperation".
    await user.click(sortButton('Stance'));
    expect(countyOrder()).toEqual(['East', 'West']);
    // Evidence labels: "Disputed: ..." (West) < "Documented: ..." (East).
    await user.click(sortButton('Evidence'));
    expect(countyOrder()).toEqual(['West', 'East']);
  });

  it('filters by county or sheriff name, ignoring case', async () => {
    const { user } = renderWithData(<DataTable />, { state: { step: 'step-2' } });
    await user.type(filterBox(), 'SAM');
    expect(countyOrder()).toEqual(['East']);
    expect(screen.getByText('Showing 1 of 2 counties')).toBeInTheDocument();
    await user.clear(filterBox());
    await user.type(filterBox(), 'wes');
    expect(countyOrder()).toEqual(['West']);
    await user.clear(filterBox());
    expect(countyOrder()).toEqual(['East', 'West']);
  });

  it('shows only the counties that changed at this step on request, for the current layer', async () => {
    const { user } = renderWithData(<DataTable />, { state: { step: 'step-2', layer: 'stance' } });
    await user.click(changedOnly());
    expect(changedOnly()).toBeChecked();
    expect(countyOrder()).toEqual(['East']);
    await changeStore({ layer: 'detainer' });
    expect(countyOrder()).toEqual(['East', 'West']);
    await user.click(changedOnly());
    expect(countyOrder()).toEqual(['East', 'West']);
  });

  it('shows an empty state when nothing matches', async () => {
    const { user } = renderWithData(<DataTable />, { state: { step: 'step-1' } });
    await user.click(changedOnly());
    expect(countyOrder()).toEqual([]);
    expect(
      within(table()).getByRole('cell', { name: 'No county matches these filters.' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Showing 0 of 2 counties')).toBeInTheDocument();
    await user.click(changedOnly());
    await user.type(filterBox(), 'nobody');
    expect(
      within(table()).getByRole('cell', { name: 'No county matches these filters.' }),
    ).toBeInTheDocument();
  });

  it('selects a county into the store when its name is pressed, and marks its row', async () => {
    const { user } = renderWithData(<DataTable />, { state: { step: 'step-2' } });
    await user.click(within(table()).getByRole('button', { name: 'West' }));
    expect(useAppStore.getState().county).toBe('37001');
    expect(within(table()).getByRole('rowheader', { name: 'West' }).closest('tr')).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(within(table()).getByRole('rowheader', { name: 'East' }).closest('tr')).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('shows a dash for an unknown sheriff and party', () => {
    const dataset = fixtureDataset();
    dataset.cells['step-2'] = dataset.cells['step-2']!.map((c) =>
      c.fips === '37001' ? { ...c, sheriff: null, party: null } : c,
    );
    renderWithData(<DataTable />, { dataset, state: { step: 'step-2' } });
    const west = within(table()).getByRole('rowheader', { name: 'West' }).closest('tr')!;
    const [sheriff, party] = within(west).getAllByRole('cell');
    expect(sheriff).toHaveTextContent(/^—$/);
    expect(party).toHaveTextContent(/^—$/);
  });
});

/** Stands in for IntersectionObserver: the test says when the table is near the screen or not. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  private targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets = [];
  }
  static report(isIntersecting: boolean) {
    for (const observer of FakeIntersectionObserver.all)
      observer.callback(
        observer.targets.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry),
        observer as unknown as IntersectionObserver,
      );
  }
}

describe('DataTable while playing', () => {
  beforeEach(() => {
    FakeIntersectionObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  const caption = (step: string) => screen.getByRole('table', { name: `All 100 counties at ${step}` });

  it('keeps its step while playing far from the screen, and catches up when playback stops', async () => {
    renderWithData(<DataTable />, { state: { step: 'step-1' } });
    act(() => FakeIntersectionObserver.report(false));
    await changeStore({ playing: true, step: 'step-2' });
    expect(caption('Aug 2019: Bill vetoed')).toBeInTheDocument();
    await changeStore({ playing: false });
    expect(caption('Dec 2024: Mandate in force')).toBeInTheDocument();
  });

  it('catches up as it nears the screen during playback, and follows every step while near', async () => {
    renderWithData(<DataTable />, { state: { step: 'step-1' } });
    act(() => FakeIntersectionObserver.report(false));
    await changeStore({ playing: true, step: 'step-2' });
    expect(caption('Aug 2019: Bill vetoed')).toBeInTheDocument();
    act(() => FakeIntersectionObserver.report(true));
    expect(caption('Dec 2024: Mandate in force')).toBeInTheDocument();
    await changeStore({ step: 'step-1' });
    expect(caption('Aug 2019: Bill vetoed')).toBeInTheDocument();
  });

  it('follows every step when not playing, even far from the screen', async () => {
    renderWithData(<DataTable />, { state: { step: 'step-1' } });
    act(() => FakeIntersectionObserver.report(false));
    await changeStore({ step: 'step-2' });
    expect(caption('Dec 2024: Mandate in force')).toBeInTheDocument();
  });
});
