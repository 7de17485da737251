import { describe, expect, it } from 'vitest';
import { CORE_CELL_KEYS, joinCell, splitDataset } from '../../src/domain/dataset-split.ts';
import { fixtureDataset } from '../fixtures/dataset.ts';

describe('splitDataset', () => {
  const full = fixtureDataset();
  const { core, detail } = splitDataset(full);

  it('keeps only the first-view fields in core cells', () => {
    for (const cell of core.cells['step-2']!) {
      expect(Object.keys(cell).sort()).toEqual([...CORE_CELL_KEYS].sort());
    }
  });

  it('moves facts, all sources and the evidence fields to the detail half', () => {
    expect(detail.facts).toEqual(full.facts);
    expect(detail.sources).toEqual(full.sources);
    expect(detail.cells['step-2']![0]).toMatchObject({
      fips: '37001',
      factIds: ['f1', 'f2'],
      sheriffSince: '2018-12-03',
    });
    expect(detail.cells['step-2']![0]).not.toHaveProperty('stance');
  });

  it('keeps in core only the sources the steps cite', () => {
    expect(core.sources.map((s) => s.id).sort()).toEqual(['src-a', 'src-b']);
    const { core: trimmed } = splitDataset({ ...full, steps: full.steps.slice(0, 1) });
    expect(trimmed.sources.map((s) => s.id)).toEqual(['src-a']);
  });

  it('joins back to exactly the original cells', () => {
    for (const [step, cells] of Object.entries(full.cells)) {
      cells.forEach((cell, i) => {
        expect(joinCell(core.cells[step]![i]!, detail.cells[step]![i])).toEqual(cell);
      });
    }
  });

  it('refuses to join halves of different counties', () => {
    expect(joinCell(core.cells['step-1']![0]!, detail.cells['step-1']![1])).toBeNull();
    expect(joinCell(core.cells['step-1']![0]!, undefined)).toBeNull();
  });
});
