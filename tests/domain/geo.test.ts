import { describe, expect, it } from 'vitest';
import { computeMapGeometry, ncProjection } from '../../src/domain/geo.ts';
import { tinyTopology } from '../fixtures/tiny-topology.ts';

function ncOnly() {
  const topo = tinyTopology();
  topo.objects.counties.geometries = topo.objects.counties.geometries.filter((g) =>
    String(g.id).startsWith('37'),
  );
  return topo;
}

describe('ncProjection', () => {
  it('uses the NC State Plane cone: parallels 34°20′ and 36°10′, central meridian 79°W', () => {
    const projection = ncProjection();
    const [south, north] = projection.parallels();
    expect(south).toBeCloseTo(34 + 20 / 60, 10);
    expect(north).toBeCloseTo(36 + 10 / 60, 10);
    expect(projection.rotate()[0]).toBe(79);
  });

  it('is conformal: a small square near the central meridian stays square', () => {
    const p = ncProjection().scale(10000);
    const a = p([-79, 35.5])!;
    const b = p([-78.99, 35.5])!;
    // 0.01° of longitude spans cos(φ) × 0.01° of latitude on the ground.
    const c = p([-79, 35.5 + 0.01 * Math.cos((35.5 * Math.PI) / 180)])!;
    const east = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const north = Math.hypot(c[0] - a[0], c[1] - a[1]);
    expect(north / east).toBeCloseTo(1, 2);
  });
});

describe('computeMapGeometry', () => {
  const geometry = computeMapGeometry(ncOnly(), 400, 4);

  it('returns one shape per county, sorted by FIPS, with names', () => {
    expect(geometry.counties.map((c) => [c.fips, c.name])).toEqual([
      ['37001', 'West'],
      ['37003', 'East'],
    ]);
  });

  it('fits the width and derives the height from the true ground shape', () => {
    // The fixture spans 1° of longitude by 0.5° of latitude around 36.25°N: on the ground that is
    // cos(36.25°) : 0.5, so the 392-unit inner width gives an inner height of 392 × 0.5 / cos(36.25°).
    const expected = (392 * 0.5) / Math.cos((36.25 * Math.PI) / 180) + 8;
    expect(geometry.width).toBe(400);
    expect(Math.abs(geometry.height - expected)).toBeLessThan(3);
  });

  it('keeps every path inside the drawing box', () => {
    for (const county of geometry.counties) {
      const numbers = county.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(3.9);
      expect(Math.max(...xs)).toBeLessThanOrEqual(396.1);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(3.9);
      expect(Math.max(...ys)).toBeLessThanOrEqual(geometry.height - 3.9);
    }
  });

  it('puts West west of East', () => {
    const [west, east] = geometry.counties;
    expect(west!.centroid[0]).toBeLessThan(east!.centroid[0]);
  });

  it('trims path numbers to one decimal', () => {
    expect(geometry.counties[0]!.d).not.toMatch(/\d\.\d\d/);
  });

  it('draws the shared edge once as the interior border mesh, and the rest as the outline', () => {
    expect(geometry.borders.match(/M/g)).toHaveLength(1);
    expect(geometry.outline.length).toBeGreaterThan(geometry.borders.length);
  });
});
