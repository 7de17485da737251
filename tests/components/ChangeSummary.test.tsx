import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChangeSummary } from '../../src/components/ChangeSummary.tsx';
import type { Cell, Dataset } from '../../src/domain/dataset.ts';
import { resetAppStore } from '../../src/state/store.ts';
import { fixtureDataset } from '../fixtures/dataset.ts';
import { renderWithData } from './support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
});

/** The fixture with some step-1 or step-2 cells changed. */
function withCells(step: 'step-1' | 'step-2', change: (cell: Cell) => Partial<Cell>): Dataset {
  const dataset = fixtureDataset();
  dataset.cells[step] = (dataset.cells[step] ?? []).map((cell) => ({ ...cell, ...change(cell) }));
  return dataset;
}

const summary = () => screen.getByText(/./, { selector: 'p.change-summary' });

describe('ChangeSummary', () => {
  it('says so at the first step, whatever the layer', () => {
    renderWithData(<ChangeSummary />, { state: { step: 'step-1', layer: 'sheriff' } });
    expect(summary()).toHaveTextContent(/^This is the first step\.$/);
  });

  it('names the one group that moved, singular for one county', () => {
    renderWithData(<ChangeSummary />, { state: { step: 'step-2', layer: 'stance' } });
    expect(summary()).toHaveTextContent(
      /^1 county moved from No county-specific policy on record to 287\(g\) agreement since Aug 2019\.$/,
    );
  });

  it('counts several counties in one group', () => {
    const dataset = withCells('step-1', () => ({ detainer: 'no_county_record' }));
    renderWithData(<ChangeSummary />, { dataset, state: { step: 'step-2', layer: 'detainer' } });
    expect(summary()).toHaveTextContent(
      /^2 counties moved from No county-specific record to Holds required by state law since Aug 2019\.$/,
    );
  });

  it('lists several groups in class order with the total', () => {
    renderWithData(<ChangeSummary />, { state: { step: 'step-2', layer: 'detainer' } });
    expect(summary()).toHaveTextContent(
      '2 counties changed since Aug 2019: ' +
        '1 from Declines without a judge’s order to Holds required by state law; ' +
        '1 from No county-specific record to Holds required by state law.',
    );
  });

  it('says when no county changed', () => {
    const base = fixtureDataset();
    const dataset = withCells('step-2', (cell) => {
      const before = base.cells['step-1']!.find((c) => c.fips === cell.fips)!;
      return { stance: before.stance };
    });
    renderWithData(<ChangeSummary />, { dataset, state: { step: 'step-2', layer: 'stance' } });
    expect(summary()).toHaveTextContent(/^No county changed class since Aug 2019\.$/);
  });

  it('on the sheriff layer, counts new sheriffs (one)', () => {
    renderWithData(<ChangeSummary />, { state: { step: 'step-2', layer: 'sheriff' } });
    expect(summary()).toHaveTextContent(/^1 county has a new sheriff since Aug 2019\.$/);
  });

  it('on the sheriff layer, counts new sheriffs even when the party did not change (several)', () => {
    const dataset = withCells('step-2', () => ({ sheriffNew: true }));
    renderWithData(<ChangeSummary />, { dataset, state: { step: 'step-2', layer: 'sheriff' } });
    // West keeps a Republican sheriff, yet a new person counts as a change on this layer.
    expect(summary()).toHaveTextContent(/^2 counties have a new sheriff since Aug 2019\.$/);
  });
});
