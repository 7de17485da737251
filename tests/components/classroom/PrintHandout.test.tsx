import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import PrintHandout from '../../../src/components/classroom/PrintHandout.tsx';
import { resetAppStore } from '../../../src/state/store.ts';
import { renderWithData } from '../support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
});

describe('PrintHandout', () => {
  it('previews one page for this step, or one per step, each with map, counts, glossary, sources and date', async () => {
    const { user } = renderWithData(<PrintHandout onClose={() => undefined} />, {
      state: { step: 'step-1' },
    });
    const dialog = screen.getByRole('dialog', { name: 'Print handout' });
    expect(document.documentElement).toHaveClass('handout-open');
    expect(screen.getByRole('heading', { name: 'Print handout' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'This step (Aug 2019), 1 page' })).toBeChecked();
    let sheets = screen.getAllByRole('article');
    expect(sheets).toHaveLength(1);
    const sheet = within(sheets[0]!);
    expect(sheet.getByRole('heading', { name: 'Aug 2019: Bill vetoed' })).toBeInTheDocument();
    expect(sheets[0]!.querySelectorAll('path[data-fips]')).toHaveLength(2);
    expect(sheet.getByRole('region', { name: 'Counties per class, Aug 2019' })).toHaveTextContent(
      /Publicly limits cooperation\s*1/,
    );
    expect(sheet.getByText('Glossary')).toBeInTheDocument();
    expect(sheet.getByText(/^ICE detainer:/)).toBeInTheDocument();
    expect(sheet.getByText(/Veto story/)).toBeInTheDocument();
    expect(sheet.getByText('https://example.org/a')).toBeInTheDocument();
    expect(sheets[0]).toHaveTextContent('Data as of Oct 1, 2025');
    expect(sheets[0]).toHaveTextContent('Page 1 of 1');

    await user.click(screen.getByRole('radio', { name: 'All steps, 2 pages' }));
    sheets = screen.getAllByRole('article');
    expect(sheets.map((s) => s.getAttribute('aria-labelledby'))).toEqual([
      'sheet-step-1-title',
      'sheet-step-2-title',
    ]);
    expect(sheets[1]).toHaveTextContent('Page 2 of 2');
    expect(dialog).toBeInTheDocument();
  });

  it('Print calls window.print; Close and Escape close it and remove the print class', async () => {
    // happy-dom (the test DOM) has no print dialog to spy on; give it one.
    if (typeof window.print !== 'function') window.print = () => undefined;
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const onClose = vi.fn();
    const { user, unmount } = renderWithData(<PrintHandout onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
    unmount();
    expect(document.documentElement).not.toHaveClass('handout-open');
  });
});
