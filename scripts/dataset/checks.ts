/** Cross-checks between the files of data/ and on the derived cells. */
import type { Cell, Dataset } from '../../src/domain/dataset.ts';
import { latestDay } from '../../src/domain/derive/dates.ts';
import type { Issue } from './issues.ts';
import type { Parsed } from './parse.ts';

export const EXPECTED_COUNTIES = 100;

function dupes(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

export function checkInputs(p: Parsed, issues: Issue[], expectedCounties = EXPECTED_COUNTIES): void {
  const names = new Map(p.counties.map((c) => [c.fips, c.name]));
  const county = (fips: string) => ({ fips, county: names.get(fips) ?? '(not in data/counties.csv)' });
  const sourceIds = new Set(p.sources.map((s) => s.id));

  if (p.counties.length !== expectedCounties) {
    issues.push({
      file: 'data/counties.csv',
      field: 'fips',
      message: `expected ${expectedCounties} counties, found ${p.counties.length}`,
    });
  }
  for (const d of dupes(p.counties.map((c) => c.fips)))
    issues.push({ file: 'data/counties.csv', ...county(d), field: 'fips', message: 'duplicate county' });
  for (const d of dupes(p.sources.map((s) => s.id)))
    issues.push({ file: 'data/sources.csv', row: d, field: 'id', message: 'duplicate source id' });
  for (const d of dupes(p.facts.map((f) => f.id)))
    issues.push({ file: 'data/facts.csv', row: d, field: 'id', message: 'duplicate fact id' });
  for (const d of dupes(p.steps.map((s) => s.id)))
    issues.push({ file: 'data/steps.json', row: d, field: 'id', message: 'duplicate step id' });

  const missing = (file: string, ids: readonly string[], where: Partial<Issue>, field = 'source_ids') => {
    for (const id of ids)
      if (!sourceIds.has(id)) issues.push({ file, field, message: `unknown source id "${id}"`, ...where });
  };
  for (const c of p.counties) missing('data/counties.csv', c.sourceIds, county(c.fips));
  for (const t of p.terms)
    missing('data/sheriff-terms.csv', t.sourceIds, { ...county(t.fips), row: t.name || '(unknown sheriff)' });
  for (const f of p.facts)
    missing('data/facts.csv', f.sourceIds, { ...(f.fips === 'STATEWIDE' ? {} : county(f.fips)), row: f.id });
  for (const s of p.steps) missing('data/steps.json', s.sourceIds, { row: s.id }, 'sourceIds');

  // Steps: ordered by date, as-of not before the last step.
  p.steps.forEach((s, i) => {
    const prev = p.steps[i - 1];
    if (prev && s.date <= prev.date) {
      issues.push({
        file: 'data/steps.json',
        row: s.id,
        field: 'date',
        message: `steps must be in date order: ${s.date} is not after ${prev.id} (${prev.date})`,
      });
    }
  });

  // Facts: county exists; references resolve; required fields per type.
  const factIds = new Set(p.facts.map((f) => f.id));
  for (const f of p.facts) {
    const where = { ...(f.fips === 'STATEWIDE' ? {} : county(f.fips)), row: f.id };
    if (f.fips !== 'STATEWIDE' && !names.has(f.fips))
      issues.push({
        file: 'data/facts.csv',
        ...where,
        field: 'fips',
        message: 'county not in data/counties.csv',
      });
    for (const r of f.ref ?? [])
      if (!factIds.has(r))
        issues.push({ file: 'data/facts.csv', ...where, field: 'ref', message: `unknown fact id "${r}"` });
    if (f.type === 'agreement_287g' && (!f.model || !f.agency))
      issues.push({
        file: 'data/facts.csv',
        ...where,
        field: f.model ? 'agency' : 'model',
        message: '287(g) agreement facts need a model and an agency',
      });
    if (['detainer_policy', 'claim', 'statement'].includes(f.type) && !f.policy)
      issues.push({
        file: 'data/facts.csv',
        ...where,
        field: 'policy',
        message: `${f.type} facts need a policy value`,
      });
    if (['claim', 'claim_retracted', 'detainer_policy', 'statement'].includes(f.type) && !f.claimant)
      issues.push({
        file: 'data/facts.csv',
        ...where,
        field: 'claimant',
        message: `${f.type} facts must say who claims or states it`,
      });
    if (f.type === 'claim_retracted' && !(f.ref && f.ref.length > 0))
      issues.push({
        file: 'data/facts.csv',
        ...where,
        field: 'ref',
        message: 'a retraction must name the claim(s) it withdraws',
      });
    if (p.asOf && latestDay(f.date) > latestDay(p.asOf))
      issues.push({
        file: 'data/facts.csv',
        ...where,
        field: 'date',
        message: `date ${f.date} is after the data-as-of date ${p.asOf}`,
      });
  }

  // Sheriff terms: valid ranges, no overlaps, every step covered.
  for (const t of p.terms) {
    if (!names.has(t.fips))
      issues.push({
        file: 'data/sheriff-terms.csv',
        ...county(t.fips),
        field: 'fips',
        message: 'county not in data/counties.csv',
      });
    if (t.from > t.to)
      issues.push({
        file: 'data/sheriff-terms.csv',
        ...county(t.fips),
        row: t.name || '(unknown)',
        field: 'to',
        message: `term ends (${t.to}) before it starts (${t.from})`,
      });
    if (t.name && !t.personId)
      issues.push({
        file: 'data/sheriff-terms.csv',
        ...county(t.fips),
        row: t.name,
        field: 'person_id',
        message: 'a named sheriff needs a person_id',
      });
  }
  for (const c of p.counties) {
    const mine = p.terms.filter((t) => t.fips === c.fips).sort((a, b) => (a.from < b.from ? -1 : 1));
    mine.forEach((t, i) => {
      const next = mine[i + 1];
      if (next && next.from <= t.to) {
        issues.push({
          file: 'data/sheriff-terms.csv',
          ...county(c.fips),
          row: next.name || '(unknown)',
          field: 'from',
          message: `two sheriffs at once: ${t.name || '(unknown)'} (${t.from} to ${t.to}) overlaps ${next.name || '(unknown)'} from ${next.from}`,
        });
      }
    });
    for (const s of p.steps) {
      if (!mine.some((t) => t.from <= s.date && s.date <= t.to)) {
        issues.push({
          file: 'data/sheriff-terms.csv',
          ...county(c.fips),
          field: 'from',
          message: `no term covers step ${s.id} (${s.date}); add a row, with certainty "unknown" if the office-holder is not known`,
        });
      }
    }
  }
}

export function checkOutput(d: Dataset, issues: Issue[], expectedCounties = EXPECTED_COUNTIES): void {
  const names = new Map(d.counties.map((c) => [c.fips, c.name]));
  const sourceIds = new Set(d.sources.map((s) => s.id));
  for (const s of d.steps) {
    const cells: Cell[] = d.cells[s.id] ?? [];
    const fipsSet = new Set(cells.map((c) => c.fips));
    if (cells.length !== expectedCounties || fipsSet.size !== expectedCounties) {
      issues.push({
        file: 'src/data/dataset.json',
        row: s.id,
        field: 'cells',
        message: `step ${s.id} has ${fipsSet.size} distinct counties in ${cells.length} cells, expected ${expectedCounties}`,
      });
    }
    for (const c of cells) {
      const where = {
        file: 'src/data/dataset.json',
        fips: c.fips,
        county: names.get(c.fips) ?? '?',
        row: s.id,
      };
      if (c.sourceIds.length === 0)
        issues.push({ ...where, field: 'sourceIds', message: 'cell has no source' });
      for (const id of c.sourceIds)
        if (!sourceIds.has(id))
          issues.push({ ...where, field: 'sourceIds', message: `unknown source id "${id}"` });
    }
  }
}
