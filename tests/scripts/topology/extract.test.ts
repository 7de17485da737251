import { describe, expect, it } from 'vitest';
import { extractState, TopologyError } from '../../../scripts/topology/extract.ts';
import { tinyTopology } from '../../fixtures/tiny-topology.ts';

const nc = { statePrefix: '37', expectedCount: 2 };

describe('extractState', () => {
  it('keeps only the state counties, sorted by FIPS', () => {
    const out = extractState(tinyTopology(), nc);
    expect(out.objects['counties']?.geometries.map((g) => g.id)).toEqual(['37001', '37003']);
  });

  it('keeps only the arcs the state uses and renumbers references, reversed ones included', () => {
    const input = tinyTopology();
    const out = extractState(input, nc);
    expect(out.arcs).toHaveLength(3);
    expect(out.arcs).not.toContainEqual(input.arcs[3]);
    const [west, east] = out.objects['counties']!.geometries;
    // 37001 is processed first: its arcs 0 and ~1 become 0 and ~1; 37003's arc 2 becomes 2.
    expect(west?.arcs).toEqual([[0, ~1]]);
    expect(east?.arcs).toEqual([[2, 1]]);
    expect(out.arcs[1]).toEqual(input.arcs[1]);
  });

  it('copies arcs untouched (no simplification)', () => {
    const input = tinyTopology();
    const out = extractState(input, nc);
    expect(out.arcs[0]).toEqual(input.arcs[0]);
    expect(out.arcs[2]).toEqual(input.arcs[2]);
  });

  it('fails naming the count when the state does not have exactly the expected counties', () => {
    expect(() => extractState(tinyTopology(), { statePrefix: '37', expectedCount: 100 })).toThrow(
      'expected exactly 100 counties with ids 37xxx, found 2',
    );
  });

  it('fails naming the bad id when an id is not a 5-digit FIPS code', () => {
    const input = tinyTopology();
    input.objects.counties.geometries[1]!.id = '3700X';
    expect(() => extractState(input, nc)).toThrow(/5-digit FIPS.*"3700X"/);
  });

  it('fails on duplicate ids', () => {
    const input = tinyTopology();
    input.objects.counties.geometries[1]!.id = '37001';
    expect(() => extractState(input, nc)).toThrow('duplicate county ids: 37001');
  });

  it('fails naming the county when an arc reference points past the arcs', () => {
    const input = tinyTopology();
    (input.objects.counties.geometries[2] as { arcs: number[][] }).arcs = [[0, 99]];
    expect(() => extractState(input, nc)).toThrow(
      'county 37001: arc 99 is referenced but the topology has only 4 arcs',
    );
  });

  it('fails naming the county when it has no name', () => {
    const input = tinyTopology();
    delete input.objects.counties.geometries[1]!.properties;
    expect(() => extractState(input, nc)).toThrow('county 37003: missing properties.name');
  });

  it('fails when the input is not a topology at all', () => {
    expect(() => extractState({ type: 'FeatureCollection' }, nc)).toThrow(TopologyError);
    expect(() => extractState({ type: 'Topology', arcs: [], objects: {} }, nc)).toThrow(
      'no "objects.counties" GeometryCollection',
    );
  });
});
