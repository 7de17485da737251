import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClassroomTools } from '../../../src/components/classroom/ClassroomTools.tsx';
import { requestPresentFocus } from '../../../src/components/classroom/fullscreen.ts';
import { resetAppStore, useAppStore } from '../../../src/state/store.ts';
import { renderWithData } from '../support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
});

describe('ClassroomTools', () => {
  it('Present turns on presenter mode (and stops playback); the test DOM has no Fullscreen API, which is fine', async () => {
    const { user } = renderWithData(<ClassroomTools />, { state: { playing: true } });
    const group = screen.getByRole('group', { name: 'Classroom' });
    expect(group).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(useAppStore.getState()).toMatchObject({ present: true, playing: false });
  });

  it('Print handout opens the preview (lazily) and Close returns focus to the button', async () => {
    const { user } = renderWithData(<ClassroomTools />);
    await user.click(screen.getByRole('button', { name: 'Print handout' }));
    const dialog = await screen.findByRole('dialog', { name: 'Print handout' });
    // Rendered before the app in <body>, so its hatch patterns come first in the document.
    expect(document.body.firstElementChild).toContainElement(dialog);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.querySelector('.handout-host')).toBeNull();
    expect(screen.getByRole('button', { name: 'Print handout' })).toHaveFocus();
  });

  it('offers image export outside the about view only, and nothing in embed mode', () => {
    const { rerender } = renderWithData(<ClassroomTools />);
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download SVG' })).toBeInTheDocument();
    act(() => useAppStore.setState({ view: 'about' }));
    rerender(<ClassroomTools />);
    expect(screen.queryByRole('button', { name: 'Download PNG' })).not.toBeInTheDocument();
    act(() => useAppStore.setState({ embed: true }));
    expect(screen.queryByRole('group', { name: 'Classroom' })).not.toBeInTheDocument();
  });

  it('takes focus on the Present button when presenter mode has just closed', () => {
    requestPresentFocus();
    renderWithData(<ClassroomTools />);
    expect(screen.getByRole('button', { name: 'Present' })).toHaveFocus();
  });
});
