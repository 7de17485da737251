/** data/ files (as text) -> validated Dataset, or the list of problems. Pure: no file system. */
import type { Cell, Dataset } from '../../src/domain/dataset.ts';
import { buildCell } from '../../src/domain/derive/cell.ts';
import { DETAINER_CLASSES, STANCE_CLASSES } from '../../src/domain/derive/classes.ts';
import { dayBefore, latestDay } from '../../src/domain/derive/dates.ts';
import { checkInputs, checkOutput, EXPECTED_COUNTIES } from './checks.ts';
import type { Issue } from './issues.ts';
import { parseData, type DataFiles } from './parse.ts';

/** Day before the Dec 3, 2018 terms began: the first step's "new sheriff" comparison date. */
export const BEFORE_FIRST_TERMS = '2018-12-02';

export interface BuildResult {
  dataset: Dataset | null;
  issues: Issue[];
}

export function buildDataset(files: DataFiles, expectedCounties = EXPECTED_COUNTIES): BuildResult {
  const issues: Issue[] = [];
  const p = parseData(files, issues);
  checkInputs(p, issues, expectedCounties);
  if (issues.length > 0) return { dataset: null, issues };

  const facts = p.facts.filter((f) => f.fips !== 'STATEWIDE');
  const statewideFacts = p.facts.filter((f) => f.fips === 'STATEWIDE');
  const counties = [...p.counties]
    .sort((a, b) => (a.fips < b.fips ? -1 : 1))
    .map(({ fips, name }) => ({ fips, name }));
  const cells: Record<string, Cell[]> = {};
  p.steps.forEach((step, i) => {
    const previousDate =
      p.steps[i - 1]?.date ?? (step.date > BEFORE_FIRST_TERMS ? BEFORE_FIRST_TERMS : dayBefore(step.date));
    cells[step.id] = counties.map((c) =>
      buildCell({ fips: c.fips, date: step.date, previousDate, terms: p.terms, facts: p.facts }),
    );
  });
  const latestSourceDate =
    [...p.sources.map((s) => s.published), ...p.facts.map((f) => f.date)]
      .filter(Boolean)
      .map(latestDay)
      .filter((d) => d <= p.asOf)
      .sort()
      .at(-1) ?? p.asOf;

  const dataset: Dataset = {
    asOf: p.asOf,
    latestSourceDate,
    counties,
    steps: p.steps,
    sources: p.sources,
    classes: { stance: STANCE_CLASSES, detainer: DETAINER_CLASSES },
    cells,
    facts,
    statewideFacts,
  };
  checkOutput(dataset, issues, expectedCounties);
  return { dataset: issues.length > 0 ? null : dataset, issues };
}
