import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MapPanel } from '../../src/components/MapPanel.tsx';
import { resetAppStore, useAppStore } from '../../src/state/store.ts';
import { renderWithData, changeStore } from './support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
});

const west = () => screen.getByRole('button', { name: /^West County/ });
const east = () => screen.getByRole('button', { name: /^East County/ });
const tabStops = (container: HTMLElement) => container.querySelectorAll('.county-map [tabindex="0"]');
const label = (container: HTMLElement) => container.querySelector<HTMLElement>('.map-panel__label');

function renderPanel(highlighted: string | null = null) {
  return renderWithData(<MapPanel highlighted={highlighted} />, { state: { step: 'step-2' } });
}

describe('MapPanel', () => {
  it('names the map by layer and step, and each county by name and class', async () => {
    renderPanel();
    expect(
      screen.getByRole('group', {
        name: 'Map of North Carolina’s 100 counties, colored by Sheriff’s stance, Dec 2024',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'West County: Publicly limits cooperation' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'East County: 287(g) agreement' })).toBeInTheDocument();
    await changeStore({ layer: 'sheriff' });
    expect(screen.getByRole('button', { name: 'East County: Republican' })).toBeInTheDocument();
  });

  it('is one tab stop: Tab enters the map on one county and the next Tab leaves it', async () => {
    const { user, container } = renderPanel();
    expect(tabStops(container)).toHaveLength(1);
    await user.tab();
    expect(west()).toHaveFocus();
    await user.tab();
    expect(west()).not.toHaveFocus();
    expect(east()).not.toHaveFocus();
  });

  it('moves focus and the tab stop to the bordering county with the arrow keys', async () => {
    const { user, container } = renderPanel();
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(east()).toHaveFocus();
    expect(east()).toHaveAttribute('tabindex', '0');
    expect(west()).toHaveAttribute('tabindex', '-1');
    expect(tabStops(container)).toHaveLength(1);
    await user.keyboard('{ArrowLeft}');
    expect(west()).toHaveFocus();
  });

  it('keeps focus when there is no county that way', async () => {
    const { user } = renderPanel();
    await user.tab();
    await user.keyboard('{ArrowLeft}{ArrowUp}{ArrowDown}');
    expect(west()).toHaveFocus();
  });

  it('selects the focused county into the store with Enter, and with Space', async () => {
    const { user } = renderPanel();
    await user.tab();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(useAppStore.getState().county).toBe('37003');
    expect(east()).toHaveAttribute('aria-pressed', 'true');
    expect(west()).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('{ArrowLeft} ');
    expect(useAppStore.getState().county).toBe('37001');
  });

  it('clears the selection with Escape', async () => {
    const { user } = renderPanel();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().county).toBe('37001');
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().county).toBeNull();
  });

  it('selects a county on click', async () => {
    const { user } = renderPanel();
    await user.click(east());
    expect(useAppStore.getState().county).toBe('37003');
    expect(east()).toHaveAttribute('tabindex', '0');
  });

  it('moves the tab stop to a county selected elsewhere (search, table)', () => {
    const { container } = renderPanel();
    act(() => useAppStore.setState({ county: '37003' }));
    expect(east()).toHaveAttribute('tabindex', '0');
    expect(tabStops(container)).toHaveLength(1);
  });

  it('shows a short label with name and class on hover, and on focus', async () => {
    const { user, container } = renderPanel();
    expect(label(container)).toBeNull();
    await user.hover(east());
    expect(label(container)).toHaveTextContent('East287(g) agreement');
    expect(label(container)).toHaveAttribute('aria-hidden', 'true');
    await user.unhover(east());
    await user.tab();
    expect(label(container)).toHaveTextContent('WestPublicly limits cooperation');
  });

  it('shows the selected county’s label when nothing is pointed at', () => {
    const { container } = renderPanel();
    act(() => useAppStore.setState({ county: '37003' }));
    expect(label(container)).toHaveTextContent('East287(g) agreement');
  });

  it('fades counties outside the highlighted class', () => {
    renderPanel('agreement_287g');
    expect(east()).not.toHaveClass('is-faded');
    expect(west()).toHaveClass('is-faded');
  });

  it('outlines the counties that changed since the previous step and hatches by evidence level', () => {
    const { container } = renderPanel();
    const eastPath = east().getAttribute('d');
    const outlined = [...container.querySelectorAll('.county-map__changed path')].map((p) =>
      p.getAttribute('d'),
    );
    expect(outlined).toEqual([eastPath]);
    const hatched = [...container.querySelectorAll('.county-map__patterns path')];
    expect(hatched).toHaveLength(1);
    expect(hatched[0]).toHaveAttribute('d', west().getAttribute('d'));
    expect(hatched[0]).toHaveAttribute('fill', 'url(#hatch-disputed)');
  });

  it('shows the map hint, with the keys', () => {
    renderPanel();
    expect(
      screen.getByText(
        'Select a county for its sheriff, record and sources. Keyboard: Tab to the map, arrows to move, Enter to open, ? for all keys.',
      ),
    ).toBeInTheDocument();
  });

  it('describes the map in words: layer, step, counts per class and evidence hatching', () => {
    renderPanel();
    expect(screen.getByRole('group', { name: /^Map of North Carolina/ })).toHaveAccessibleDescription(
      'Colored by Sheriff’s stance at Dec 2024, Mandate in force: 1 × 287(g) agreement; 1 × Publicly limits cooperation. Evidence: 1 disputed.',
    );
  });

  it('announces county, class and sheriff politely when the arrows move', async () => {
    const { user } = renderPanel();
    screen.getByRole('button', { name: /^West County/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /^East County/ })).toHaveFocus();
    const live = screen.getByText(/^East County: /);
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('East County: 287(g) agreement. Sheriff: Sam New (Republican).');
  });
});
