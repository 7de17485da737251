import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { CountySearch } from '../../src/components/CountySearch.tsx';
import { resetAppStore, useAppStore } from '../../src/state/store.ts';
import { fixtureDataset } from '../fixtures/dataset.ts';
import { renderWithData } from './support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
});

const combobox = () => screen.getByRole('combobox', { name: 'Find a county' });
const listbox = () => screen.getByRole('listbox', { name: 'Find a county' });
const options = () => within(listbox()).queryAllByRole('option');

describe('CountySearch', () => {
  it('is a labelled combobox with list autocomplete, collapsed at first', () => {
    renderWithData(<CountySearch />);
    expect(combobox()).toHaveAttribute('aria-autocomplete', 'list');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(combobox()).toHaveAttribute('aria-controls', screen.getByRole('listbox', { hidden: true }).id);
  });

  it('shows the matching counties in the listbox as you type', async () => {
    const { user } = renderWithData(<CountySearch />);
    await user.type(combobox(), 'ea');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(options().map((o) => o.textContent)).toEqual(['East']);
    expect(screen.getByText('1 county matches.')).toBeInTheDocument();
  });

  it('puts names that start with the text before names that contain it, ignoring case', async () => {
    const { user } = renderWithData(<CountySearch />);
    await user.type(combobox(), 'E');
    expect(options().map((o) => o.textContent)).toEqual(['East', 'West']);
    expect(screen.getByText('2 counties match.')).toBeInTheDocument();
    await user.clear(combobox());
    await user.type(combobox(), 'ST');
    // Neither starts with "st": both contain it, in the dataset's order.
    expect(options().map((o) => o.textContent)).toEqual(['West', 'East']);
  });

  it('ignores accents', async () => {
    const dataset = fixtureDataset();
    dataset.counties = [...dataset.counties, { fips: '37005', name: 'Élan' }];
    const { user } = renderWithData(<CountySearch />, { dataset });
    await user.type(combobox(), 'ela');
    expect(options().map((o) => o.textContent)).toEqual(['Élan']);
  });

  it('moves the active option with ArrowDown and selects it into the store with Enter', async () => {
    const { user } = renderWithData(<CountySearch />);
    await user.type(combobox(), 'e');
    await user.keyboard('{ArrowDown}');
    const [east, west] = options();
    expect(east).toHaveAttribute('aria-selected', 'true');
    expect(combobox()).toHaveAttribute('aria-activedescendant', east!.id);
    await user.keyboard('{ArrowDown}');
    expect(west).toHaveAttribute('aria-selected', 'true');
    expect(east).toHaveAttribute('aria-selected', 'false');
    expect(combobox()).toHaveAttribute('aria-activedescendant', west!.id);
    await user.keyboard('{ArrowDown}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', east!.id);
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().county).toBe('37003');
    expect(combobox()).toHaveValue('East');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).not.toHaveAttribute('aria-activedescendant');
  });

  it('goes to the last option with ArrowUp from none, and wraps from the first to the last', async () => {
    const dataset = fixtureDataset();
    dataset.counties = [...dataset.counties, { fips: '37005', name: 'Edge' }];
    const { user } = renderWithData(<CountySearch />, { dataset });
    await user.type(combobox(), 'e');
    expect(options().map((o) => o.textContent)).toEqual(['East', 'Edge', 'West']);
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('option', { name: 'West' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('option', { name: 'Edge' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('option', { name: 'West' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().county).toBe('37001');
  });

  it('selects the first match with Enter when no option is active', async () => {
    const { user } = renderWithData(<CountySearch />);
    await user.type(combobox(), 'west{Enter}');
    expect(useAppStore.getState().county).toBe('37001');
  });

  it('selects an option on click', async () => {
    const { user } = renderWithData(<CountySearch />);
    await user.type(combobox(), 'e');
    await user.click(screen.getByRole('option', { name: 'West' }));
    expect(useAppStore.getState().county).toBe('37001');
    expect(combobox()).toHaveValue('West');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('closes the list with Escape, then clears the text with a second Escape', async () => {
    const { user } = renderWithData(<CountySearch />);
    await user.type(combobox(), 'e');
    await user.keyboard('{ArrowDown}{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(combobox()).toHaveValue('e');
    expect(useAppStore.getState().county).toBeNull();
    await user.keyboard('{Escape}');
    expect(combobox()).toHaveValue('');
  });

  it('reopens with ArrowDown after Escape', async () => {
    const { user } = renderWithData(<CountySearch />);
    await user.type(combobox(), 'e');
    await user.keyboard('{Escape}{ArrowDown}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(options()[0]).toHaveAttribute('aria-selected', 'true');
  });

  it('says when no county matches, and Enter then selects nothing', async () => {
    const { user } = renderWithData(<CountySearch />);
    await user.type(combobox(), 'zz');
    expect(screen.getByText('No county matches “zz”.', { selector: 'p.county-search__none' })).toBeVisible();
    expect(options()).toHaveLength(0);
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().county).toBeNull();
  });

  it('closes the list when focus leaves', async () => {
    const { user } = renderWithData(<CountySearch />);
    await user.type(combobox(), 'e');
    await user.tab();
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
  });
});
