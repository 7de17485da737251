import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { resetAppStore, useAppStore, type AppState } from '../../src/state/store.ts';
import { fixtureAppData, afterTheTask, changeStore } from './support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
  delete document.documentElement.dataset['theme'];
});

function renderApp(state: Partial<AppState> = { step: 'step-2' }) {
  useAppStore.setState(state);
  const user = userEvent.setup();
  return { user, ...render(<App data={fixtureAppData()} />) };
}

const map = () => screen.queryByRole('group', { name: /^Map of North Carolina/ });

describe('App', () => {
  it('renders the title, the as-of date and the explorer for the store’s step', () => {
    renderApp();
    expect(
      screen.getByRole('heading', { level: 1, name: 'North Carolina sheriffs and ICE' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Data as of Oct 1, 2025').length).toBeGreaterThan(0);
    expect(map()).toHaveAccessibleName(
      'Map of North Carolina’s 100 counties, colored by Sheriff’s stance, Dec 2024',
    );
    expect(screen.getByRole('slider', { name: 'Step in time' })).toHaveAttribute('aria-valuenow', '2');
    expect(screen.getByRole('table', { name: /at Dec 2024: Mandate in force$/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Mandate in force' })).toBeInTheDocument();
    expect(screen.getByText('Step 2 of 2: Dec 2024, Mandate in force')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en-US');
  });

  it('hides the map (and its legend and summary) when the view is switched to the table', async () => {
    const { user } = renderApp();
    expect(map()).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Legend' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(useAppStore.getState().view).toBe('table');
    expect(map()).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Legend' })).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: /^All 100 counties at / })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Step in time' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Map' }));
    expect(map()).toBeInTheDocument();
  });

  it('is driven by the URL-state store: layer, step, county, view and theme', async () => {
    renderApp();
    await changeStore({ layer: 'sheriff', step: 'step-1' });
    expect(map()).toHaveAccessibleName(
      'Map of North Carolina’s 100 counties, colored by Sheriff’s party, Aug 2019',
    );
    expect(screen.getByRole('button', { name: 'Sheriff’s party' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('region', { name: 'Bill vetoed' })).toBeInTheDocument();

    // The card's evidence loads lazily; React 19 retries a suspended render only in an awaited act.
    await act(() => Promise.resolve(useAppStore.setState({ county: '37003' })));
    expect(screen.getByRole('region', { name: 'East County' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^East County/ })).toHaveAttribute('aria-pressed', 'true');

    await act(() => Promise.resolve(useAppStore.setState({ view: 'table' })));
    expect(map()).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'East County' })).toBeInTheDocument();

    act(() => useAppStore.setState({ theme: 'dark' }));
    expect(document.documentElement.dataset['theme']).toBe('dark');
    act(() => useAppStore.setState({ theme: 'auto' }));
    expect(document.documentElement.dataset['theme']).toBeUndefined();
  });

  it('selecting a county on the map opens its card; Close clears it', async () => {
    const { user } = renderApp();
    // The card's evidence loads lazily; React 19 retries a suspended render only in an awaited act.
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: /^West County/ }));
      return Promise.resolve();
    });
    expect(useAppStore.getState().county).toBe('37001');
    const card = screen.getByRole('region', { name: 'West County' });
    await user.click(within(card).getByRole('button', { name: 'Close' }));
    expect(useAppStore.getState().county).toBeNull();
    expect(screen.queryByRole('region', { name: 'West County' })).not.toBeInTheDocument();
  });

  it('highlights a legend class on the map, and drops the highlight on another layer', async () => {
    const { user } = renderApp();
    const legend = screen.getByRole('region', { name: 'Legend' });
    await user.click(within(legend).getByRole('button', { name: /287\(g\) agreement/ }));
    expect(within(legend).getByRole('button', { name: /287\(g\) agreement/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: /^West County/ })).toHaveClass('is-faded');
    expect(screen.getByRole('button', { name: /^East County/ })).not.toHaveClass('is-faded');
    await user.click(screen.getByRole('button', { name: 'Detainer handling' }));
    await afterTheTask();
    expect(screen.getByRole('button', { name: /^West County/ })).not.toHaveClass('is-faded');
    expect(screen.getByRole('button', { name: /^East County/ })).not.toHaveClass('is-faded');
  });

  it('loads the about view lazily, without the layer switch or the map', async () => {
    renderApp({ step: 'step-2', view: 'about' });
    expect(screen.queryByRole('group', { name: 'Color the map by' })).not.toBeInTheDocument();
    expect(map()).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Downloads' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Counties by step (CSV)' })).toHaveAttribute(
      'href',
      'data/counties-by-step.csv',
    );
    expect(screen.getByText(/newest source dated Sep 30, 2025/)).toBeInTheDocument();
    expect(screen.queryByText('Loading the methodology…')).not.toBeInTheDocument();
    // data/METHODOLOGY.md, rendered by the Markdown reader one heading level down.
    expect(screen.getByRole('heading', { level: 2, name: /^How this map is made/ })).toBeInTheDocument();
  });
});
