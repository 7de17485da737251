import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { buildGeometry, MAP_WIDTH } from '../../scripts/build-geometry.ts';
import topologyJson from '../../src/data/nc-counties.topo.json';
import committed from '../../src/data/nc-geometry.json';
import { computeMapGeometry, ncProjection, type CountyTopology } from '../../src/domain/geo.ts';
import { absolutePoints } from '../fixtures/path-points.ts';
import { tinyTopology } from '../fixtures/tiny-topology.ts';

const topology = topologyJson as unknown as CountyTopology;

describe('buildGeometry', () => {
  const built = buildGeometry(topology);

  it('draws the 100 NC counties with names, paths and centroids inside the box', () => {
    expect(built.counties).toHaveLength(100);
    for (const county of built.counties) {
      expect(county.fips).toMatch(/^37\d{3}$/);
      expect(county.name).not.toBe('');
      expect(county.d).toMatch(/^m[\d.]+ [\d.]+/);
      expect(county.centroid[0]).toBeGreaterThan(0);
      expect(county.centroid[0]).toBeLessThan(MAP_WIDTH);
      expect(county.centroid[1]).toBeLessThan(built.height);
    }
  });

  it("writes the same points as d3's absolute path at the same precision", () => {
    // The projection fitted the way computeMapGeometry fits it, drawn by d3 in absolute form.
    const object = topology.objects.counties;
    const collection = feature(topology, object);
    const projection = ncProjection().fitWidth(MAP_WIDTH - 8, collection);
    const [[, y0]] = geoPath(projection).bounds(collection);
    const [tx, ty] = projection.translate();
    projection.translate([tx + 4, ty - y0 + 4]);
    const absolute = geoPath(projection).digits(1);
    const byFips = new Map(collection.features.map((f) => [String(f.id), f]));
    for (const county of built.counties) {
      const d3Points = (absolute(byFips.get(county.fips)!) ?? '')
        .match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!
        .map((pair) => pair.split(',').map(Number) as [number, number])
        .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
      expect(absolutePoints(county.d), county.name).toEqual(d3Points);
    }
  });

  it('lists bordering counties both ways', () => {
    for (const [fips, neighbours] of Object.entries(built.adjacency)) {
      for (const other of neighbours) expect(built.adjacency[other]).toContain(fips);
    }
    const wake = built.counties.find((c) => c.name === 'Wake')!.fips;
    const durham = built.counties.find((c) => c.name === 'Durham')!.fips;
    expect(built.adjacency[wake]).toContain(durham);
  });

  it('is what src/data/nc-geometry.json holds (npm run data rebuilds it when its inputs change)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(built)));
  });

  it('fails naming the problem unless there are exactly 100 NC counties', () => {
    expect(() => buildGeometry(tinyTopology())).toThrow(/expected 100 counties, found 3/);
    expect(computeMapGeometry(tinyTopology(), 400).counties).toHaveLength(3);
  });
});
