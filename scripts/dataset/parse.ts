/** Parses and schema-checks the files of data/ (given as text, so tests can pass fixtures). */
import type { z } from 'zod';
import type { Fact, Source, Step } from '../../src/domain/dataset.ts';
import type { SheriffTerm } from '../../src/domain/derive/types.ts';
import { parseCsv } from './csv.ts';
import type { Issue } from './issues.ts';
import { countyRow, factRow, sourceRow, stepsFile, termRow } from './schema.ts';

export interface DataFiles {
  'counties.csv': string;
  'sources.csv': string;
  'sheriff-terms.csv': string;
  'facts.csv': string;
  'steps.json': string;
}

export const DATA_FILES: (keyof DataFiles)[] = [
  'counties.csv',
  'sources.csv',
  'sheriff-terms.csv',
  'facts.csv',
  'steps.json',
];

export interface Parsed {
  counties: { fips: string; name: string; sourceIds: string[] }[];
  sources: Source[];
  terms: SheriffTerm[];
  facts: Fact[];
  steps: Step[];
  asOf: string;
}

function rowsOf<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  names: Map<string, string>,
  issues: Issue[],
): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  parseCsv(text).rows.forEach((raw, n) => {
    const result = schema.safeParse(raw);
    const fips = raw['fips'];
    const base: Issue = { file, field: '', message: '', row: raw['id'] || String(n + 1) };
    if (fips && fips !== 'STATEWIDE') {
      base.fips = fips;
      const name = names.get(fips) ?? raw['county'] ?? raw['name'];
      if (name) base.county = name;
    }
    if (result.success) out.push(result.data);
    else
      for (const e of result.error.issues)
        issues.push({ ...base, field: e.path.join('.') || '(row)', message: e.message });
  });
  return out;
}

export function parseData(files: DataFiles, issues: Issue[]): Parsed {
  const counties = rowsOf('data/counties.csv', files['counties.csv'], countyRow, new Map(), issues).map(
    (c) => ({
      fips: c.fips,
      name: c.name,
      sourceIds: c.source_ids,
    }),
  );
  const names = new Map(counties.map((c) => [c.fips, c.name]));
  const sources: Source[] = rowsOf('data/sources.csv', files['sources.csv'], sourceRow, names, issues).map(
    (s) => {
      const src: Source = {
        id: s.id,
        title: s.title,
        outlet: s.outlet,
        url: s.url,
        published: s.published,
        kind: s.kind,
      };
      if (s.published_note) src.publishedNote = s.published_note;
      if (s.leaning) src.leaning = s.leaning;
      return src;
    },
  );
  const terms: SheriffTerm[] = rowsOf(
    'data/sheriff-terms.csv',
    files['sheriff-terms.csv'],
    termRow,
    names,
    issues,
  ).map((t) => ({
    fips: t.fips,
    personId: t.person_id,
    name: t.name,
    party: t.party === '' ? null : t.party,
    from: t.from,
    to: t.to,
    how: t.how,
    certainty: t.certainty,
    sourceIds: t.source_ids,
    note: t.note,
  }));
  const facts: Fact[] = rowsOf('data/facts.csv', files['facts.csv'], factRow, names, issues).map((r) => {
    const f: Fact = {
      id: r.id,
      fips: r.fips,
      date: r.date,
      type: r.type,
      summary: r.summary,
      sourceIds: r.source_ids,
    };
    if (r.claimant) f.claimant = r.claimant;
    if (r.value) f.value = r.value;
    if (r.date_note) f.dateNote = r.date_note;
    if (r.model) f.model = r.model;
    if (r.agency) f.agency = r.agency;
    if (r.policy) f.policy = r.policy;
    if (r.ref)
      f.ref = r.ref
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean);
    return f;
  });
  let steps: Step[] = [];
  let asOf = '';
  try {
    const parsed = stepsFile.safeParse(JSON.parse(files['steps.json']));
    if (parsed.success) {
      asOf = parsed.data.asOf;
      steps = parsed.data.steps.map((s) => {
        const step: Step = {
          id: s.id,
          date: s.date,
          label: s.label,
          title: s.title,
          happened: s.happened,
          lawRequired: s.lawRequired,
          sourceIds: s.sourceIds,
        };
        if (s.vote) step.vote = s.vote;
        return step;
      });
    } else {
      for (const e of parsed.error.issues) {
        const idx = e.path[1];
        const raw: unknown = JSON.parse(files['steps.json']);
        const id =
          typeof idx === 'number' ? (raw as { steps?: { id?: string }[] }).steps?.[idx]?.id : undefined;
        issues.push({
          file: 'data/steps.json',
          row: id ?? String(idx ?? ''),
          field: e.path.slice(2).join('.') || e.path.join('.'),
          message: e.message,
        });
      }
    }
  } catch (err) {
    issues.push({
      file: 'data/steps.json',
      field: '(file)',
      message: `not valid JSON: ${(err as Error).message}`,
    });
  }
  return { counties, sources, terms, facts, steps, asOf };
}
