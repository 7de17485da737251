/** The downloads built into the site: per-county CSV/JSON, sources CSV/JSON and a data dictionary. */
import type { Dataset } from '../../src/domain/dataset.ts';
import { toCsv } from './csv.ts';

export const COUNTY_STEP_COLUMNS = [
  'fips',
  'county',
  'step',
  'step_date',
  'sheriff',
  'sheriff_party',
  'stance',
  'detainer',
  'basis',
  'source_ids',
] as const;
export const SOURCE_COLUMNS = ['id', 'title', 'outlet', 'url', 'published', 'kind'] as const;

export function countyStepRows(d: Dataset): Record<(typeof COUNTY_STEP_COLUMNS)[number], string>[] {
  const names = new Map(d.counties.map((c) => [c.fips, c.name]));
  return d.steps.flatMap((s) =>
    (d.cells[s.id] ?? []).map((c) => ({
      fips: c.fips,
      county: names.get(c.fips) ?? '',
      step: s.id,
      step_date: s.date,
      sheriff: c.sheriff ?? '',
      sheriff_party: c.party ?? '',
      stance: c.stance,
      detainer: c.detainer,
      basis: c.basis,
      source_ids: c.sourceIds.join(';'),
    })),
  );
}

export function downloads(d: Dataset): Record<string, string> {
  const rows = countyStepRows(d);
  const sources = d.sources.map((s) => ({
    id: s.id,
    title: s.title,
    outlet: s.outlet,
    url: s.url,
    published: s.published,
    kind: s.kind,
  }));
  return {
    'counties-by-step.csv': toCsv(COUNTY_STEP_COLUMNS, rows),
    'counties-by-step.json': JSON.stringify({ asOf: d.asOf, rows }, null, 1) + '\n',
    'sources.csv': toCsv(SOURCE_COLUMNS, sources),
    'sources.json': JSON.stringify({ asOf: d.asOf, sources: d.sources }, null, 1) + '\n',
    'data-dictionary.md': dictionary(d),
  };
}

function dictionary(d: Dataset): string {
  const classes = (list: Dataset['classes']['stance']) =>
    list.map((c) => `- \`${c.id}\`: **${c.label}**. ${c.description}`).join('\n');
  return `# Data dictionary: NC sheriffs and ICE, by county and step

Data as of ${d.asOf}. Newest dated source or fact: ${d.latestSourceDate}. ${d.counties.length} counties x ${d.steps.length} steps = ${d.counties.length * d.steps.length} rows.
How each class is decided, definitions and known gaps: see METHODOLOGY.md in the project's data/ folder.

## counties-by-step.csv (and .json, same fields under "rows")

One row per county per step.

| column | meaning |
| --- | --- |
| fips | 5-digit county FIPS code (37001-37199) |
| county | county name |
| step | step id (${d.steps.map((s) => s.id).join(', ')}) |
| step_date | the as-of date (YYYY-MM-DD) the row describes |
| sheriff | sheriff in office on step_date; empty if the sources do not say |
| sheriff_party | DEM, REP or UNA as listed in the election results; empty if not recorded for that term |
| stance | stance class id (below) |
| detainer | detainer-handling class id (below) |
| basis | documented, statewide, disputed or unknown (below) |
| source_ids | semicolon-separated ids from sources.csv supporting the row |

### Steps
${d.steps.map((s) => `- \`${s.id}\` (${s.date}): ${s.title}`).join('\n')}

### stance
${classes(d.classes.stance)}

### detainer
${classes(d.classes.detainer)}

### basis
- \`documented\`: decided by a county-specific, dated record (agreement, stated policy, reported count or statement).
- \`statewide\`: only statewide statements or the law itself cover this county (e.g. the Sheriffs' Association's statement that all sheriffs comply).
- \`disputed\`: a named party (e.g. a U.S. senator or DHS) claims the county does not cooperate or comply, and the claim stands on that date; the JSON's \`basisNote\` says who claims what and the response.
- \`unknown\`: no county-specific or statewide record.

## sources.csv (and .json)

| column | meaning |
| --- | --- |
| id | source id used in source_ids |
| title | headline taken from the page address where it carries one, else a descriptive title marked "(descriptive)" |
| outlet | publisher; syndicated copies and mirrors say so |
| url | address as cited; \`local:\` marks a background article supplied with the research |
| published | YYYY, YYYY-MM or YYYY-MM-DD; empty when the page shows no date |
| kind | official, news, press_release, advocacy or data |

sources.json adds \`publishedNote\` (approximate dates) and \`leaning\` (the outlet's known political leaning, where the research noted one).
`;
}
