import { describe, expect, it } from 'vitest';
import { decodeDatasetCore, encodeDatasetCore } from '../../src/domain/dataset-codec.ts';
import { splitDataset } from '../../src/domain/dataset-split.ts';
import datasetJson from '../../src/data/dataset.json';
import encodedJson from '../../src/data/dataset-core.json';
import type { Dataset } from '../../src/domain/dataset.ts';
import type { EncodedDatasetCore } from '../../src/domain/dataset-codec.ts';
import { fixtureDataset } from '../fixtures/dataset.ts';

describe('dataset core encoding', () => {
  it('decodes to exactly the core it encoded (fixture)', () => {
    const { core } = splitDataset(fixtureDataset());
    expect(decodeDatasetCore(encodeDatasetCore(core))).toEqual(core);
  });

  it('writes each cell as a row of value indexes, values listed once', () => {
    const { core } = splitDataset(fixtureDataset());
    const encoded = encodeDatasetCore(core);
    expect(encoded.fips).toEqual(core.cells['step-1']!.map((c) => c.fips));
    for (const rows of Object.values(encoded.cells)) {
      for (const row of rows) {
        expect(row).toHaveLength(8);
        expect(row.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
      }
    }
    for (const table of Object.values(encoded.values)) expect(new Set(table).size).toBe(table.length);
  });

  it('refuses steps that list counties in different orders', () => {
    const { core } = splitDataset(fixtureDataset());
    const swapped = { ...core, cells: { ...core.cells, 'step-2': [...core.cells['step-2']!].reverse() } };
    expect(() => encodeDatasetCore(swapped)).toThrow(/step-2 lists the counties in another order/);
  });

  it('round-trips the real dataset: src/data/dataset-core.json decodes to the split of dataset.json', () => {
    const { core } = splitDataset(datasetJson as unknown as Dataset);
    expect(decodeDatasetCore(encodedJson as unknown as EncodedDatasetCore)).toEqual(core);
  });
});
