import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { CountyCard } from '../../src/components/CountyCard.tsx';
import { MapPanel } from '../../src/components/MapPanel.tsx';
import type { Dataset } from '../../src/domain/dataset.ts';
import { resetAppStore, useAppStore } from '../../src/state/store.ts';
import { fixtureDataset } from '../fixtures/dataset.ts';
import { renderWithData, type RenderWithDataOptions, changeStore } from './support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
});

/**
 * Renders the card and waits for its evidence, which loads lazily: React 19 only retries a render
 * that suspended inside `act` when that act is awaited.
 */
async function renderCard(county: string, step: string, options: RenderWithDataOptions = {}) {
  let result: ReturnType<typeof renderWithData> | undefined;
  await act(() => {
    result = renderWithData(<CountyCard />, { ...options, state: { county, step } });
    return Promise.resolve();
  });
  await screen.findByText('Sheriff', { selector: 'dt' });
  return result!;
}

const card = (name: string) => screen.getByRole('region', { name: `${name} County` });
/** The <dd> after the <dt> with this text. */
const entry = (term: string) => {
  const dt = screen.getByText(term, { selector: 'dt' });
  const dd = dt.nextElementSibling;
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD') throw new Error(`no <dd> after <dt>${term}`);
  return dd;
};

describe('CountyCard', () => {
  it('renders nothing without a selected county', () => {
    const { container } = renderWithData(<CountyCard />, { state: { step: 'step-2' } });
    expect(container).toBeEmptyDOMElement();
  });

  it('is a region named after the county, focused on its heading when opened', async () => {
    await renderCard('37001', 'step-2');
    const heading = within(card('West')).getByRole('heading', { level: 2, name: 'West County' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('At Dec 2024 (Dec 1, 2024)')).toBeInTheDocument();
  });

  it('names the sheriff with party, since-date, how, and the “as elected” caveat', async () => {
    await renderCard('37001', 'step-2');
    const sheriff = entry('Sheriff');
    expect(sheriff).toHaveTextContent(
      'Pat Example (Republican), in office since Dec 3, 2018 · elected 2018' +
        'As elected; a mid-term change may be missing from the sources.',
    );
  });

  it('omits the caveat for a recorded sheriff', async () => {
    await renderCard('37003', 'step-2');
    const sheriff = entry('Sheriff');
    expect(sheriff).toHaveTextContent(
      /^Sam New \(Republican\), in office since Aug 17, 2021 · appointed after a death$/,
    );
    expect(within(sheriff).queryByText(/As elected/)).not.toBeInTheDocument();
  });

  it('says when the sheriff is not known', async () => {
    const dataset: Dataset = fixtureDataset();
    dataset.cells['step-1'] = dataset.cells['step-1']!.map((c) =>
      c.fips === '37003'
        ? { ...c, sheriff: null, party: null, sheriffSince: null, sheriffCertainty: 'unknown' }
        : c,
    );
    await renderCard('37003', 'step-1', { dataset });
    expect(entry('Sheriff')).toHaveTextContent(/^Not known from the sources$/);
  });

  it('gives the stance and detainer classes with the basis of each', async () => {
    await renderCard('37001', 'step-2');
    expect(entry('Stance')).toHaveTextContent(
      /^Publicly limits cooperationDisputed: someone named says the county does not cooperate or comply \(see who claims what\)$/,
    );
    expect(entry('Detainers')).toHaveTextContent(
      /^Holds required by state lawStatewide statement only: no county-specific source$/,
    );
  });

  it('explains a disputed basis with its note', async () => {
    await renderCard('37001', 'step-2');
    expect(entry('Evidence')).toHaveTextContent(
      'A federal list named the county; the sheriff says the office follows state law.',
    );
  });

  it('has no Evidence entry without a basis note', async () => {
    await renderCard('37003', 'step-2');
    expect(screen.queryByText('Evidence', { selector: 'dt' })).not.toBeInTheDocument();
    expect(entry('Stance')).toHaveTextContent(/^287\(g\) agreementDocumented: a county-specific source$/);
  });

  it('lists the record up to the step, dates at the source’s precision, a claim with its claimant', async () => {
    await renderCard('37001', 'step-2');
    expect(screen.getByRole('heading', { level: 3, name: 'Record up to this step' })).toBeInTheDocument();
    const record = screen.getByText(/no longer holds people/).closest('ol')!;
    const items = within(record)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === record);
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      /^Feb 26, 2019 The sheriff said the jail no longer holds people on detainers alone\./,
    );
    expect(items[1]).toHaveTextContent(
      /^Jun 2024 Claim by A U\.S\. senator: Named the county as not cooperating\./,
    );
    expect(within(items[1]!).getByRole('link', { name: /^Agreement list/ })).toHaveAttribute(
      'href',
      'https://example.org/b',
    );
  });

  it('says when there is no county record yet', async () => {
    await renderCard('37003', 'step-1');
    expect(screen.getByText('No county-specific record up to this step.')).toBeInTheDocument();
  });

  it('links every source to open in a new tab with rel noopener', async () => {
    await renderCard('37001', 'step-2');
    const links = within(card('West')).getAllByRole('link');
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')?.split(/\s+/)).toContain('noopener');
      expect(link).toHaveTextContent(/\(opens in a new tab\)$/);
    }
    const sources = screen.getByRole('heading', { level: 3, name: 'Sources' })
      .nextElementSibling as HTMLElement;
    expect(
      within(sources)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://example.org/a', 'https://example.org/b']);
  });

  it('shows the county across all steps, marking the current one', async () => {
    await renderCard('37003', 'step-2');
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Step', 'Sheriff', 'Stance', 'Detainers']);
    const aug = within(table).getByRole('rowheader', { name: 'Aug 2019' }).closest('tr')!;
    const dec = within(table).getByRole('rowheader', { name: 'Dec 2024' }).closest('tr')!;
    expect(aug).toHaveTextContent(
      'Lee Sample (DEM)No county-specific policy on recordNo county-specific record',
    );
    expect(dec).toHaveTextContent('Sam New (REP)287(g) agreementHolds required by state law');
    expect(dec).toHaveAttribute('aria-current', 'true');
    expect(aug).not.toHaveAttribute('aria-current');
    await changeStore({ step: 'step-1' });
    expect(
      within(screen.getByRole('table')).getByRole('rowheader', { name: 'Aug 2019' }).closest('tr'),
    ).toHaveAttribute('aria-current', 'true');
  });

  it('clears the county with Close', async () => {
    const { user } = await renderCard('37001', 'step-2');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(useAppStore.getState().county).toBeNull();
    expect(screen.queryByRole('region', { name: 'West County' })).not.toBeInTheDocument();
  });

  it('clears the county with Escape from inside the card', async () => {
    const { user } = await renderCard('37001', 'step-2');
    expect(screen.getByRole('heading', { level: 2, name: 'West County' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().county).toBeNull();
  });

  it('returns focus to the county on the map when closed', async () => {
    const { user } = renderWithData(
      <>
        <MapPanel highlighted={null} />
        <CountyCard />
      </>,
      { state: { step: 'step-2' } },
    );
    // The card's evidence loads lazily; React 19 retries a suspended render only in an awaited act.
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: /^East County/ }));
      return Promise.resolve();
    });
    await screen.findByText('Sheriff', { selector: 'dt' });
    expect(screen.getByRole('heading', { level: 2, name: 'East County' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().county).toBeNull();
    expect(screen.getByRole('button', { name: /^East County/ })).toHaveFocus();
  });
});
