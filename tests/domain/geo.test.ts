import { describe, expect, it } from 'vitest';
import { CompactPathContext, computeMapGeometry, ncProjection } from '../../src/domain/geo.ts';
import { absolutePoints } from '../fixtures/path-points.ts';
import { tinyTopology } from '../fixtures/tiny-topology.ts';

function ncOnly() {
  const topo = tinyTopology();
  topo.objects.counties.geometries = topo.objects.counties.geometries.filter((g) =>
    String(g.id).startsWith('37'),
  );
  return topo;
}

describe('CompactPathContext', () => {
  const draw = (steps: (c: CompactPathContext) => void) => {
    const context = new CompactPathContext(1);
    steps(context);
    return context.result();
  };

  it('writes the first point absolute and the rest relative, with separators only where needed', () => {
    const d = draw((c) => {
      c.moveTo(10, 20);
      c.lineTo(12.5, 19);
      c.lineTo(12.5, 25.25);
      c.closePath();
    });
    expect(d).toBe('m10 20 2.5-1 0 6.3z');
    expect(absolutePoints(d)).toEqual([
      [10, 20],
      [12.5, 19],
      [12.5, 25.3],
    ]);
  });

  it('rounds absolute positions first, so errors never accumulate along a ring', () => {
    const points: [number, number][] = Array.from({ length: 50 }, (_, i) => [i * 1.04, i * 0.97]);
    const d = draw((c) => {
      for (const [i, [x, y]] of points.entries()) {
        if (i === 0) c.moveTo(x, y);
        else c.lineTo(x, y);
      }
    });
    expect(absolutePoints(d)).toEqual(
      points.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]),
    );
  });

  it('measures a new ring from the start of the closed one, and drops repeated points', () => {
    const d = draw((c) => {
      c.moveTo(0, 0);
      c.lineTo(5, 0);
      c.lineTo(5, 0);
      c.lineTo(5, 5);
      c.closePath();
      c.moveTo(1, 1);
      c.lineTo(2, 1);
      c.closePath();
    });
    expect(d).toBe('m0 0 5 0 0 5zm1 1 1 0z');
    expect(absolutePoints(d)).toEqual([
      [0, 0],
      [5, 0],
      [5, 5],
      [1, 1],
      [2, 1],
    ]);
  });

  it('writes no leading zeros and never "-0"', () => {
    expect(
      draw((c) => {
        c.moveTo(0.5, -0.5);
        c.lineTo(0.44, -0.61);
      }),
    ).toBe('m.5-.5-.1-.1');
    expect(
      draw((c) => {
        c.moveTo(0, 0);
        c.lineTo(-0.04, 1);
      }),
    ).toBe('m0 0 0 1');
  });
});

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
      const points = absolutePoints(county.d);
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
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
    expect(geometry.borders.match(/m/g)).toHaveLength(1);
    expect(geometry.outline.length).toBeGreaterThan(geometry.borders.length);
  });
});
