import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { StepCard } from '../../src/components/StepCard.tsx';
import { resetAppStore } from '../../src/state/store.ts';
import { renderWithData, changeStore } from './support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
});

describe('StepCard', () => {
  it('is a region named by the step title, with its date, what happened and the law then', () => {
    renderWithData(<StepCard />, { state: { step: 'step-2' } });
    const card = screen.getByRole('region', { name: 'Mandate in force' });
    expect(within(card).getByRole('heading', { level: 2, name: 'Mandate in force' })).toBeInTheDocument();
    expect(within(card).getByText('Dec 1, 2024')).toBeInTheDocument();
    expect(within(card).getByRole('heading', { level: 3, name: 'What happened' })).toBeInTheDocument();
    expect(within(card).getByText('The override took effect.')).toBeInTheDocument();
    expect(
      within(card).getByRole('heading', { level: 3, name: 'What the law required then' }),
    ).toBeInTheDocument();
    expect(within(card).getByText('Jails must hold for up to 48 hours.')).toBeInTheDocument();
  });

  it('shows the vote only when the step has one', async () => {
    renderWithData(<StepCard />, { state: { step: 'step-1' } });
    expect(screen.getByText('Vote:')).toBeInTheDocument();
    expect(screen.getByText('House 62-53', { exact: false })).toBeInTheDocument();
    await changeStore({ step: 'step-2' });
    expect(screen.queryByText('Vote:')).not.toBeInTheDocument();
    expect(screen.queryByText('House 62-53', { exact: false })).not.toBeInTheDocument();
  });

  it('lists the step’s sources under a Sources disclosure, opening in a new tab', async () => {
    const { user } = renderWithData(<StepCard />, { state: { step: 'step-1' } });
    const summary = screen.getByText('Sources', { selector: 'summary' });
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    // the test DOM's name computation drops the space before the visually hidden note; the text keeps it.
    const link = within(details).getByRole('link', { name: /^Veto story/ });
    expect(link).toHaveTextContent(/^Veto story \(opens in a new tab\)$/);
    expect(link).toHaveAttribute('href', 'https://example.org/a');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')?.split(' ')).toContain('noopener');
    expect(within(details).queryByRole('link', { name: /Agreement list/ })).not.toBeInTheDocument();
  });

  it('follows the step in the store', async () => {
    renderWithData(<StepCard />, { state: { step: 'step-1' } });
    expect(screen.getByRole('heading', { level: 2, name: 'Bill vetoed' })).toBeInTheDocument();
    expect(screen.getByText('Aug 21, 2019')).toBeInTheDocument();
    await changeStore({ step: 'step-2' });
    expect(screen.getByRole('heading', { level: 2, name: 'Mandate in force' })).toBeInTheDocument();
  });

  it('shows the last step when the store’s step is not in the dataset', () => {
    // After resetAppStore the step is the real dataset's latest id, which the fixture lacks.
    renderWithData(<StepCard />);
    expect(screen.getByRole('heading', { level: 2, name: 'Mandate in force' })).toBeInTheDocument();
  });
});
