import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../scripts/dataset/issues.ts';
import type { DataFiles } from '../../../scripts/dataset/parse.ts';
import { buildDataset } from '../../../scripts/dataset/pipeline.ts';
import { TINY_COUNTIES, tinyFiles } from '../../fixtures/dataset/tiny.ts';

function problems(change: (f: DataFiles) => void): string[] {
  const files = tinyFiles();
  change(files);
  const { dataset, issues } = buildDataset(files, TINY_COUNTIES);
  expect(dataset).toBeNull();
  return issues.map(formatIssue);
}

describe('dataset validation: each check fires and names file, county and field', () => {
  it('accepts the valid fixture', () => {
    const { dataset, issues } = buildDataset(tinyFiles(), TINY_COUNTIES);
    expect(issues).toEqual([]);
    expect(dataset?.cells['2025-10']).toHaveLength(TINY_COUNTIES);
  });
  it('fails when a county is missing (100 counties at every step)', () => {
    const out = problems((f) => {
      f['counties.csv'] = f['counties.csv'].replace('37005,Alleghany,atlas\n', '');
      f['sheriff-terms.csv'] = f['sheriff-terms.csv']
        .split('\n')
        .filter((l) => !l.startsWith('37005'))
        .join('\n');
    });
    expect(out).toContain('data/counties.csv: field "fips": expected 3 counties, found 2');
  });
  it('fails when a fact has no source id', () => {
    const out = problems((f) => {
      f['facts.csv'] = f['facts.csv'].replace('Agreement signed.,ice', 'Agreement signed.,');
    });
    expect(out).toEqual([
      'data/facts.csv: county 37001 Alamance, row 37001-287g, field "source_ids": needs at least one source id',
    ]);
  });
  it('fails when a source id does not exist', () => {
    const out = problems((f) => {
      f['sheriff-terms.csv'] = f['sheriff-terms.csv']
        .replace('elected 2018,as_elected,votes,\n', 'elected 2018,as_elected,votes,\n')
        .replace(
          'D Four,DEM,2018-12-03,2026-12-06,elected 2018,as_elected,votes',
          'D Four,DEM,2018-12-03,2026-12-06,elected 2018,as_elected,nope',
        );
    });
    expect(out).toEqual([
      'data/sheriff-terms.csv: county 37005 Alleghany, row D Four, field "source_ids": unknown source id "nope"',
    ]);
  });
  it('fails when a step cites an unknown source', () => {
    const out = problems((f) => {
      f['steps.json'] = f['steps.json'].replace('"sourceIds":["votes"]}]', '"sourceIds":["ghost"]}]');
    });
    expect(out).toEqual(['data/steps.json: row 2025-10, field "sourceIds": unknown source id "ghost"']);
  });
  it('fails when a date does not parse', () => {
    const out = problems((f) => {
      f['facts.csv'] = f['facts.csv'].replace('2020-05-21', '2020-05-32');
    });
    expect(out).toEqual([
      'data/facts.csv: county 37001 Alamance, row 37001-287g, field "date": must be a date YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });
  it('fails when steps are out of order', () => {
    const out = problems((f) => {
      f['steps.json'] = f['steps.json'].replace('"date":"2025-10-01"', '"date":"2019-01-01"');
    });
    expect(out).toContain(
      'data/steps.json: row 2025-10, field "date": steps must be in date order: 2019-01-01 is not after 2019-08 (2019-08-21)',
    );
  });
  it('fails when a county has two sheriffs at once', () => {
    const out = problems((f) => {
      f['sheriff-terms.csv'] = f['sheriff-terms.csv'].replace('C Three,,2025-08-11', 'C Three,,2025-08-01');
    });
    expect(out).toEqual([
      'data/sheriff-terms.csv: county 37003 Alexander, row C Three, field "from": two sheriffs at once: B Two (2018-12-03 to 2025-08-10) overlaps C Three from 2025-08-01',
    ]);
  });
  it('fails when no sheriff term covers a step', () => {
    const out = problems((f) => {
      f['sheriff-terms.csv'] = f['sheriff-terms.csv'].replace(
        'D Four,DEM,2018-12-03',
        'D Four,DEM,2020-01-01',
      );
    });
    expect(out).toEqual([
      'data/sheriff-terms.csv: county 37005 Alleghany, field "from": no term covers step 2019-08 (2019-08-21); add a row, with certainty "unknown" if the office-holder is not known',
    ]);
  });
  it('fails when a claim does not say who makes it', () => {
    const out = problems((f) => {
      f['facts.csv'] +=
        '37005-claim,37005,Alleghany,2025-05-29,,claim,,,alleges_noncooperation,,,x,Named on a list.,ice\n';
    });
    expect(out).toEqual([
      'data/facts.csv: county 37005 Alleghany, row 37005-claim, field "claimant": claim facts must say who claims or states it',
    ]);
  });
  it('fails when a 287(g) fact has no model', () => {
    const out = problems((f) => {
      f['facts.csv'] = f['facts.csv'].replace(',wso,sheriff,', ',,sheriff,');
    });
    expect(out).toEqual([
      'data/facts.csv: county 37001 Alamance, row 37001-287g, field "model": 287(g) agreement facts need a model and an agency',
    ]);
  });
});
