import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildTopology } from '../../scripts/build-topology.ts';

const require = createRequire(import.meta.url);

describe('buildTopology on the real us-atlas file', () => {
  it('writes exactly the 100 NC counties, 37001 to 37199', () => {
    const dir = mkdtempSync(join(tmpdir(), 'topo-'));
    const out = join(dir, 'nc.json');
    const result = buildTopology(require.resolve('us-atlas/counties-10m.json'), out);
    expect(result.counties).toBe(100);
    const written = JSON.parse(readFileSync(out, 'utf8')) as {
      objects: { counties: { geometries: { id: string }[] } };
    };
    const ids = written.objects.counties.geometries.map((g) => g.id);
    expect(ids[0]).toBe('37001');
    expect(ids.at(-1)).toBe('37199');
    expect(new Set(ids).size).toBe(100);
    expect(ids.every((id) => /^37\d{3}$/.test(id))).toBe(true);
  });

  it('fails with the file named when the input is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'topo-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    expect(() => buildTopology(bad, join(dir, 'out.json'))).toThrow(`cannot read ${bad}`);
  });
});
