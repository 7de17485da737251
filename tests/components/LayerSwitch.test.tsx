import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LayerSwitch } from '../../src/components/LayerSwitch.tsx';
import { resetAppStore, useAppStore } from '../../src/state/store.ts';
import { renderWithData } from './support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
});

describe('LayerSwitch', () => {
  it('is a labelled group of three toggle buttons, the current layer pressed', () => {
    renderWithData(<LayerSwitch />, { state: { layer: 'detainer' } });
    const group = screen.getByRole('group', { name: 'Color the map by' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Sheriff’s stance',
      'Detainer handling',
      'Sheriff’s party',
    ]);
    expect(within(group).getByRole('button', { name: 'Detainer handling' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(group).getByRole('button', { name: 'Sheriff’s stance' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(within(group).getByRole('button', { name: 'Sheriff’s party' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('switches the layer in the store on press, and follows the store', async () => {
    const { user } = renderWithData(<LayerSwitch />);
    await user.click(screen.getByRole('button', { name: 'Sheriff’s party' }));
    expect(useAppStore.getState().layer).toBe('sheriff');
    expect(screen.getByRole('button', { name: 'Sheriff’s party' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Sheriff’s stance' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows the pressed button in the press’s own task, before React renders the change', () => {
    renderWithData(<LayerSwitch />);
    // fireEvent runs the click inside act(), which flushes React's work, but not the task after it.
    fireEvent.click(screen.getByRole('button', { name: 'Detainer handling' }));
    expect(useAppStore.getState().layer).toBe('detainer');
    expect(screen.getByRole('button', { name: 'Detainer handling' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Sheriff’s stance' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('works from the keyboard: Tab to a button, Space presses it', async () => {
    const { user } = renderWithData(<LayerSwitch />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Detainer handling' })).toHaveFocus();
    await user.keyboard(' ');
    expect(useAppStore.getState().layer).toBe('detainer');
  });
});
