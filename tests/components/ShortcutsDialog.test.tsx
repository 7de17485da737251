import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ShortcutsDialog } from '../../src/components/ShortcutsDialog.tsx';
import { resetAppStore } from '../../src/state/store.ts';

beforeEach(() => {
  resetAppStore();
});

const dialog = () => document.querySelector('dialog')!;

describe('ShortcutsDialog', () => {
  it('opens the list of shortcuts when ? is pressed', async () => {
    render(<ShortcutsDialog />);
    expect(dialog().open).toBe(false);
    await userEvent.keyboard('?');
    expect(dialog().open).toBe(true);
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    expect(
      screen.getByText('On the map: move to the bordering county in that direction.'),
    ).toBeInTheDocument();
  });

  it('ignores ? typed into a text field', async () => {
    render(
      <>
        <input aria-label="Find" />
        <ShortcutsDialog />
      </>,
    );
    await userEvent.type(screen.getByLabelText('Find'), '?');
    expect(dialog().open).toBe(false);
  });

  it('opens from its button', async () => {
    render(<ShortcutsDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(dialog().open).toBe(true);
  });
});
