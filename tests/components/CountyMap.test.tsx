import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { computeMapGeometry } from '../../src/domain/geo.ts';
import { CountyMap } from '../../src/components/map/CountyMap.tsx';
import { tinyTopology } from '../fixtures/tiny-topology.ts';

function ncOnly() {
  const topo = tinyTopology();
  topo.objects.counties.geometries = topo.objects.counties.geometries.filter((g) =>
    String(g.id).startsWith('37'),
  );
  return computeMapGeometry(topo, 400);
}

const geometry = ncOnly();

function renderMap(overrides: Partial<Parameters<typeof CountyMap>[0]> = {}) {
  return render(
    <CountyMap
      geometry={geometry}
      fills={new Map([['37001', '#123456']])}
      label="Map of test counties"
      countyLabel={(name) => `${name} County`}
      {...overrides}
    />,
  );
}

describe('CountyMap', () => {
  it('draws one named path per county, tagged with its FIPS code', () => {
    renderMap();
    const map = screen.getByRole('group', { name: 'Map of test counties' });
    expect(map).toBeInTheDocument();
    const west = screen.getByRole('img', { name: 'West County' });
    const east = screen.getByRole('img', { name: 'East County' });
    expect(west).toHaveAttribute('data-fips', '37001');
    expect(east).toHaveAttribute('data-fips', '37003');
  });

  it('fills counties from the map it is given and falls back to the unknown colour', () => {
    renderMap();
    expect(screen.getByRole('img', { name: 'West County' })).toHaveAttribute('fill', '#123456');
    expect(screen.getByRole('img', { name: 'East County' })).toHaveAttribute('fill', 'var(--county-unknown)');
  });

  it('scales through its viewBox, so it fits any container width', () => {
    renderMap();
    const svg = screen.getByRole('group');
    expect(svg).toHaveAttribute('viewBox', `0 0 400 ${geometry.height}`);
    expect(svg).not.toHaveAttribute('width');
  });

  it('makes counties pressable buttons when selectable, reports clicks by FIPS and marks the selected one', async () => {
    const onSelect = vi.fn();
    const { rerender, container } = renderMap({ onSelect });
    await userEvent.click(screen.getByRole('button', { name: 'East County' }));
    expect(onSelect).toHaveBeenCalledWith('37003');
    rerender(
      <CountyMap
        geometry={geometry}
        fills={new Map()}
        label="Map of test counties"
        countyLabel={(name) => `${name} County`}
        selected="37003"
        onSelect={onSelect}
      />,
    );
    expect(screen.getByRole('button', { name: 'East County' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'West County' })).toHaveAttribute('aria-pressed', 'false');
    const east = screen.getByRole('button', { name: 'East County' }).getAttribute('d');
    expect(container.querySelector('.county-map__selected path')?.getAttribute('d')).toBe(east);
  });

  it('gives the map a single tab stop on the active county', () => {
    renderMap({ onSelect: vi.fn(), active: '37003' });
    expect(screen.getByRole('button', { name: 'East County' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: 'West County' })).toHaveAttribute('tabindex', '-1');
  });

  it('draws hatching, change outlines and fading from its overlay props', () => {
    const { container } = renderMap({
      patterns: new Map([['37003', 'hatch-disputed']]),
      outlined: new Set(['37001']),
      emphasised: new Set(['37001']),
    });
    expect(container.querySelector('.county-map__patterns path')).toHaveAttribute(
      'fill',
      'url(#hatch-disputed)',
    );
    expect(container.querySelectorAll('.county-map__changed path')).toHaveLength(1);
    expect(screen.getByRole('img', { name: 'East County' })).toHaveClass('is-faded');
    expect(screen.getByRole('img', { name: 'West County' })).not.toHaveClass('is-faded');
  });

  it('keeps geometry strings identical when only fills change', () => {
    const { rerender } = renderMap();
    const before = screen.getByRole('img', { name: 'West County' }).getAttribute('d');
    rerender(
      <CountyMap
        geometry={geometry}
        fills={new Map([['37001', '#abcdef']])}
        label="Map of test counties"
        countyLabel={(name) => `${name} County`}
      />,
    );
    const west = screen.getByRole('img', { name: 'West County' });
    expect(west.getAttribute('d')).toBe(before);
    expect(west).toHaveAttribute('fill', '#abcdef');
  });

  it('writes live fills as custom properties on the <svg> as they change, without a React render', () => {
    let fills = new Map([
      ['stance', new Map([['37001', '#111111']])],
      ['detainer', new Map([['37001', '#999999']])],
    ]);
    let layer = 'stance';
    const listeners = new Set<() => void>();
    const source = {
      subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
      fills: (shown: string) => fills.get(shown) ?? new Map<string, string>(),
      layer: () => layer,
    };
    const { container } = renderMap({ liveFills: source });
    const svg = container.querySelector('svg')!;
    const west = screen.getByRole('img', { name: 'West County' });
    expect(svg).toHaveClass('county-map--live');
    expect(svg).toHaveAttribute('data-layer', 'stance');
    // The class the generated rules select each county by.
    expect(west).toHaveClass('c37001');
    expect(svg.style.getPropertyValue('--stance-37001')).toBe('#111111');
    // A layer not shown yet is written when it is shown.
    expect(svg.style.getPropertyValue('--detainer-37001')).toBe('');

    // Outside act(): nothing lets React render, yet the colours are there at once.
    fills = new Map([
      [
        'stance',
        new Map([
          ['37001', '#222222'],
          ['37003', '#333333'],
        ]),
      ],
      ['detainer', new Map([['37001', '#999999']])],
    ]);
    listeners.forEach((listener) => listener());
    expect(svg.style.getPropertyValue('--stance-37001')).toBe('#222222');
    expect(svg.style.getPropertyValue('--stance-37003')).toBe('#333333');
    // The same path node, its own fill attribute still the one the `fills` prop gave.
    expect(screen.getByRole('img', { name: 'West County' })).toBe(west);
    expect(west).toHaveAttribute('fill', '#123456');

    // A layer change is one attribute; a county no longer coloured loses its property.
    layer = 'detainer';
    fills = new Map([
      ['stance', new Map([['37003', '#333333']])],
      ['detainer', new Map([['37001', '#999999']])],
    ]);
    listeners.forEach((listener) => listener());
    expect(svg).toHaveAttribute('data-layer', 'detainer');
    expect(svg.style.getPropertyValue('--detainer-37001')).toBe('#999999');

    // Back on the first layer, the counties that changed while it was hidden are brought up to date.
    layer = 'stance';
    listeners.forEach((listener) => listener());
    expect(svg).toHaveAttribute('data-layer', 'stance');
    expect(svg.style.getPropertyValue('--stance-37001')).toBe('');
    expect(svg.style.getPropertyValue('--stance-37003')).toBe('#333333');
  });

  it('stops following its live fills when unmounted', () => {
    const listeners = new Set<() => void>();
    const source = {
      subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
      fills: () => new Map([['37001', '#111111']]),
      layer: () => 'stance',
    };
    const { unmount } = renderMap({ liveFills: source });
    expect(listeners.size).toBe(1);
    unmount();
    expect(listeners.size).toBe(0);
  });

  it('leaves the <svg> without a style attribute when it has no live fills', () => {
    const { container } = renderMap();
    const svg = container.querySelector('svg')!;
    expect(svg).not.toHaveAttribute('style');
    expect(svg).not.toHaveClass('county-map--live');
  });
});
