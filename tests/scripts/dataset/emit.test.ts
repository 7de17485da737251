import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/dataset/csv.ts';
import { COUNTY_STEP_COLUMNS, downloads } from '../../../scripts/dataset/emit.ts';
import { buildDataset } from '../../../scripts/dataset/pipeline.ts';
import { realFiles } from '../../fixtures/dataset/real-data.ts';

describe('the real dataset and its downloads', () => {
  const { dataset, issues } = buildDataset(realFiles());
  it('builds without problems', () => {
    expect(issues).toEqual([]);
    expect(dataset).not.toBeNull();
  });
  it('has 100 rows per step in counties-by-step.csv with the agreed columns, every row sourced', () => {
    if (!dataset) throw new Error('no dataset');
    const { header, rows } = parseCsv(downloads(dataset)['counties-by-step.csv'] ?? '');
    expect(header).toEqual([...COUNTY_STEP_COLUMNS]);
    expect(rows).toHaveLength(100 * dataset.steps.length);
    const ids = new Set(dataset.sources.map((s) => s.id));
    for (const r of rows) {
      const src = (r['source_ids'] ?? '').split(';');
      expect(src.length).toBeGreaterThan(0);
      for (const s of src) expect(ids.has(s)).toBe(true);
    }
  });
  it('includes the required steps in order', () => {
    expect(dataset?.steps.map((s) => `${s.id}@${s.date}`)).toEqual([
      '2018-12@2018-12-31',
      '2019-08@2019-08-21',
      '2024-12@2024-12-01',
      '2025-03@2025-03-04',
      '2025-10@2025-10-01',
      '2026-11@2026-11-21',
    ]);
  });
  it('never uses the word "sanctuary" in a class label', () => {
    for (const c of [...(dataset?.classes.stance ?? []), ...(dataset?.classes.detainer ?? [])])
      expect(c.label.toLowerCase()).not.toContain('sanctuary');
  });
});
