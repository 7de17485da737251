import { describe, expect, it } from 'vitest';
import {
  firstViewPayload,
  geometryWithPaths,
  payloadScriptText,
  type MapGeometryFile,
} from '../../src/domain/first-view.ts';
import { fixtureCoreEncoded, fixtureGeometryFile } from '../fixtures/first-view.ts';

const geometry = fixtureGeometryFile;
const core = fixtureCoreEncoded;

const renderedPathsOf = (g: MapGeometryFile) => ({
  counties: new Map(g.counties.map((c) => [c.fips, c.d])),
  borders: g.borders,
  outline: g.outline,
});

describe('firstViewPayload', () => {
  it('carries the dataset core and the map without its paths', () => {
    const payload = firstViewPayload(core, geometry);
    expect(payload.core).toBe(core);
    expect(payload.map.adjacency).toEqual(geometry.adjacency);
    expect(payload.map.counties).toEqual(
      geometry.counties.map(({ fips, name, centroid }) => ({ fips, name, centroid })),
    );
    const text = JSON.stringify(payload.map);
    for (const county of geometry.counties) expect(text).not.toContain(county.d);
    expect(text).not.toContain(geometry.borders);
  });
});

describe('payloadScriptText', () => {
  it('cannot end its <script> element early, and parses back to the same payload', () => {
    const payload = firstViewPayload({ ...core, asOf: '</script><script>alert(1)</script><!--' }, geometry);
    const text = payloadScriptText(payload);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(payload);
  });
});

describe('geometryWithPaths', () => {
  it('puts the paths read from the page back into the geometry', () => {
    const { adjacency: _, ...expected } = geometry;
    const payload = firstViewPayload(core, geometry);
    const restored = geometryWithPaths(payload.map, renderedPathsOf(geometry));
    expect(restored).toEqual(expected);
  });

  it('gives up (null) when a county path, the borders or the outline is missing', () => {
    const payload = firstViewPayload(core, geometry);
    const paths = renderedPathsOf(geometry);
    const oneShort = new Map(paths.counties);
    oneShort.delete(geometry.counties[0]!.fips);
    expect(geometryWithPaths(payload.map, { ...paths, counties: oneShort })).toBeNull();
    expect(geometryWithPaths(payload.map, { ...paths, borders: null })).toBeNull();
    expect(geometryWithPaths(payload.map, { ...paths, outline: null })).toBeNull();
  });
});
