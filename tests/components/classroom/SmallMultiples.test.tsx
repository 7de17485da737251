import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import SmallMultiples from '../../../src/components/classroom/SmallMultiples.tsx';
import { resetAppStore, useAppStore } from '../../../src/state/store.ts';
import { fixtureOverSteps, renderWithData } from '../support/renderWithData.tsx';

beforeEach(() => {
  resetAppStore();
});

describe('SmallMultiples', () => {
  it('draws one map per step with that step’s fills and one shared legend', () => {
    renderWithData(<SmallMultiples />, { state: { layer: 'detainer', step: 'step-2', view: 'multiples' } });
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(2);
    const fill = (i: number) => figures[i]!.querySelector('path[data-fips="37001"]')?.getAttribute('fill');
    expect(fill(0)).toBe('#8073ac');
    expect(fill(1)).toBe('#35978f');
    expect(screen.getAllByRole('region', { name: 'Legend' })).toHaveLength(1);
    const legend = within(screen.getByRole('region', { name: 'Legend' }));
    expect(legend.getByText('Declines without a judge’s order')).toBeInTheDocument();
    expect(legend.getByText('Holds required by state law')).toBeInTheDocument();
    expect(legend.queryByText('Honors detainers')).not.toBeInTheDocument();
    expect(figures[1]!.closest('li')).toHaveClass('is-current');
  });

  it('follows the layer', () => {
    renderWithData(<SmallMultiples />, { state: { layer: 'stance' } });
    expect(
      screen.getByRole('heading', { name: 'All steps side by side: Sheriff’s stance' }),
    ).toBeInTheDocument();
    act(() => useAppStore.setState({ layer: 'sheriff' }));
    expect(
      screen.getByRole('heading', { name: 'All steps side by side: Sheriff’s party' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('figure')[0]!.querySelector('path[data-fips="37003"]')).toHaveAttribute(
      'fill',
      '#2166ac',
    );
  });

  it('a caption button opens that step on the map', async () => {
    const { user } = renderWithData(<SmallMultiples />, {
      dataset: fixtureOverSteps(['2018-12', '2019-08']),
      state: { view: 'multiples', step: '2019-08' },
    });
    await user.click(screen.getByRole('button', { name: 'Open Label 1 on the map' }));
    expect(useAppStore.getState()).toMatchObject({ step: '2018-12', view: 'map' });
  });
});
