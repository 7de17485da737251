import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ViewSwitch } from '../../src/components/ViewSwitch.tsx';
import { resetAppStore, setView, useAppStore } from '../../src/state/store.ts';
import { renderWithData } from './support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
});

describe('ViewSwitch', () => {
  it('offers map, table, small multiples and about as toggle buttons in a labelled group, map pressed by default', () => {
    renderWithData(<ViewSwitch />);
    const group = screen.getByRole('group', { name: 'View' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Map', 'Table', 'Small multiples', 'About the data']);
    expect(within(group).getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('sets the view in the store on press', async () => {
    const { user } = renderWithData(<ViewSwitch />);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(useAppStore.getState().view).toBe('table');
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'About the data' }));
    expect(useAppStore.getState().view).toBe('about');
  });

  it('follows the store when the view changes elsewhere (a link, the back button)', () => {
    renderWithData(<ViewSwitch />);
    act(() => setView('about'));
    expect(screen.getByRole('button', { name: 'About the data' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'false');
  });
});
