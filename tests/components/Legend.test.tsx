import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Legend } from '../../src/components/Legend.tsx';
import { resetAppStore } from '../../src/state/store.ts';
import { renderWithData, changeStore } from './support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
});

const legend = () => screen.getByRole('region', { name: 'Legend' });
const classButtons = () => within(legend()).getAllByRole('button');
const labelsShown = () => classButtons().map((b) => b.querySelector('.legend__label')?.textContent);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The class's button; its accessible name ends with the class label and the count with its unit.
 * Spaces are optional in the match: the test DOM's name computation drops whitespace-only text between
 * elements that a browser keeps.
 */
function expectClass(label: string, count: string) {
  const button = screen.getByRole('button', { name: new RegExp(escape(label)) });
  const [n, unit] = count.split(' ');
  expect(button).toHaveAccessibleName(new RegExp(`${escape(label)}[:\\s]*${n}\\s*${unit}$`));
  return button;
}

describe('Legend', () => {
  it('lists the classes present at the step with their counts, in class order', () => {
    renderWithData(<Legend highlighted={null} onHighlight={vi.fn()} />, { state: { step: 'step-2' } });
    expect(labelsShown()).toEqual(['287(g) agreement', 'Publicly limits cooperation']);
    expectClass('287(g) agreement', '1 county');
    expectClass('Publicly limits cooperation', '1 county');
  });

  it('hides classes with no county at this step', async () => {
    renderWithData(<Legend highlighted={null} onHighlight={vi.fn()} />, { state: { step: 'step-2' } });
    expect(
      screen.queryByRole('button', { name: /No county-specific policy on record/ }),
    ).not.toBeInTheDocument();
    await changeStore({ step: 'step-1' });
    expectClass('No county-specific policy on record', '1 county');
    expect(screen.queryByRole('button', { name: /287\(g\) agreement/ })).not.toBeInTheDocument();
  });

  it('counts per class with the plural form', () => {
    renderWithData(<Legend highlighted={null} onHighlight={vi.fn()} />, {
      state: { step: 'step-2', layer: 'detainer' },
    });
    expect(labelsShown()).toEqual(['Holds required by state law']);
    expectClass('Holds required by state law', '2 counties');
  });

  it('counts the sheriff layer by party', () => {
    renderWithData(<Legend highlighted={null} onHighlight={vi.fn()} />, {
      state: { step: 'step-1', layer: 'sheriff' },
    });
    expect(labelsShown()).toEqual(['Democrat', 'Republican']);
    expectClass('Democrat', '1 county');
    expectClass('Republican', '1 county');
  });

  it('reports the class pressed to onHighlight, and null when the pressed class is pressed again', async () => {
    const onHighlight = vi.fn();
    const { user, rerender } = renderWithData(<Legend highlighted={null} onHighlight={onHighlight} />, {
      state: { step: 'step-2' },
    });
    const agreement = () => screen.getByRole('button', { name: /287\(g\) agreement/ });
    expect(agreement()).toHaveAttribute('aria-pressed', 'false');
    await user.click(agreement());
    expect(onHighlight).toHaveBeenLastCalledWith('agreement_287g');

    rerender(<Legend highlighted="agreement_287g" onHighlight={onHighlight} />);
    expect(agreement()).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /Publicly limits cooperation/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await user.click(agreement());
    expect(onHighlight).toHaveBeenLastCalledWith(null);
    expect(onHighlight).toHaveBeenCalledTimes(2);
  });

  it('keeps a highlighted class listed (at 0) when it has no county at the step, so it can be cleared', () => {
    renderWithData(<Legend highlighted="no_stated_policy" onHighlight={vi.fn()} />, {
      state: { step: 'step-2' },
    });
    expect(labelsShown()).toEqual([
      '287(g) agreement',
      'Publicly limits cooperation',
      'No county-specific policy on record',
    ]);
    const button = expectClass('No county-specific policy on record', '0 counties');
    expect(button).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows a pattern entry for each evidence level present on the layer, and none for documented', async () => {
    renderWithData(<Legend highlighted={null} onHighlight={vi.fn()} />, { state: { step: 'step-2' } });
    expect(screen.getByText('Cross-hatched: disputed (see the county card)')).toBeInTheDocument();
    expect(screen.queryByText('Hatched: statewide statement only')).not.toBeInTheDocument();
    expect(screen.queryByText('Dotted: no source found')).not.toBeInTheDocument();

    await changeStore({ layer: 'detainer' });
    expect(screen.getByText('Hatched: statewide statement only')).toBeInTheDocument();
    expect(screen.queryByText('Cross-hatched: disputed (see the county card)')).not.toBeInTheDocument();

    await changeStore({ layer: 'stance', step: 'step-1' });
    expect(screen.getByText('Dotted: no source found')).toBeInTheDocument();
    expect(screen.queryByText(/Cross-hatched|Hatched:/)).not.toBeInTheDocument();
  });

  it('has no pattern entries on the sheriff layer, and explains the outline as a new sheriff there', async () => {
    renderWithData(<Legend highlighted={null} onHighlight={vi.fn()} />, {
      state: { step: 'step-2', layer: 'sheriff' },
    });
    expect(screen.queryByText(/hatched|Dotted/i)).not.toBeInTheDocument();
    expect(screen.getByText('Thick outline: new sheriff since the previous step')).toBeInTheDocument();
    await changeStore({ layer: 'stance' });
    expect(screen.getByText('Thick outline: changed since the previous step')).toBeInTheDocument();
  });
});
