import { describe, expect, it } from 'vitest';
import { adjacency, neighborInDirection } from '../../src/domain/neighbors.ts';
import { computeMapGeometry, type CountyTopology } from '../../src/domain/geo.ts';
import topologyJson from '../../src/data/nc-counties.topo.json';
import { tinyTopology } from '../fixtures/tiny-topology.ts';

describe('adjacency', () => {
  it('links counties that share an arc', () => {
    const topo = tinyTopology();
    topo.objects.counties.geometries = topo.objects.counties.geometries.filter((g) =>
      String(g.id).startsWith('37'),
    );
    const links = adjacency(topo);
    expect(links.get('37001')).toEqual(['37003']);
    expect(links.get('37003')).toEqual(['37001']);
  });
});

const ncTopology = topologyJson as unknown as CountyTopology;

describe('neighborInDirection on the real NC map', () => {
  const geometry = computeMapGeometry(ncTopology, 960);
  const shapes = new Map(geometry.counties.map((c) => [c.fips, c]));
  const links = adjacency(ncTopology);
  const byName = new Map(geometry.counties.map((c) => [c.name, c.fips]));
  const fips = (name: string) => byName.get(name)!;
  const nameOf = (id: string | null) => (id ? shapes.get(id)?.name : null);

  it('knows Wake borders Durham and Johnston', () => {
    expect(links.get(fips('Wake'))).toEqual(expect.arrayContaining([fips('Durham'), fips('Johnston')]));
  });

  it('moves from Wake east to Johnston or Nash, west to Chatham or Durham, south to Harnett or Johnston', () => {
    expect(['Johnston', 'Nash', 'Franklin']).toContain(
      nameOf(neighborInDirection(fips('Wake'), 'right', shapes, links)),
    );
    expect(['Chatham', 'Durham']).toContain(nameOf(neighborInDirection(fips('Wake'), 'left', shapes, links)));
    expect(['Harnett', 'Johnston']).toContain(
      nameOf(neighborInDirection(fips('Wake'), 'down', shapes, links)),
    );
  });

  it('moves from Mecklenburg west to Gaston', () => {
    expect(nameOf(neighborInDirection(fips('Mecklenburg'), 'left', shapes, links))).toBe('Gaston');
  });

  it('returns null at the western tip going west (Cherokee), never a county behind', () => {
    expect(neighborInDirection(fips('Cherokee'), 'left', shapes, links)).toBeNull();
  });

  it('only ever moves roughly in the asked direction', () => {
    for (const county of geometry.counties) {
      const next = neighborInDirection(county.fips, 'right', shapes, links);
      if (next) expect(shapes.get(next)!.centroid[0]).toBeGreaterThan(county.centroid[0]);
    }
  });

  it('returns null for an unknown county', () => {
    expect(neighborInDirection('99999', 'up', shapes, links)).toBeNull();
  });
});
