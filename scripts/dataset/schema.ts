/** zod schemas for the human-edited files in data/. Build time only. */
import { z } from 'zod';
import { isFullDate, isPartialDate } from '../../src/domain/derive/dates.ts';

const partialDate = z
  .string()
  .refine(isPartialDate, { message: 'must be a date YYYY, YYYY-MM or YYYY-MM-DD' });
const fullDate = z.string().refine(isFullDate, { message: 'must be a full date YYYY-MM-DD' });
const idList = z
  .string()
  .transform((s) =>
    s
      .split(';')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string()).min(1, { message: 'needs at least one source id' }));
const optional = z.string().transform((s) => s.trim());

export const countyRow = z.object({
  fips: z.string().regex(/^37\d{3}$/, { message: 'must be a 5-digit NC FIPS code (37xxx)' }),
  name: z.string().min(1),
  source_ids: idList,
});

export const sourceRow = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*$/, { message: 'must be lower-case letters, digits, dots and dashes' }),
  title: z.string().min(1),
  outlet: z.string().min(1),
  url: z.string().regex(/^(https?:\/\/|local:)\S+$/, { message: 'must be an http(s) address or local:path' }),
  published: z.union([z.literal(''), partialDate]),
  published_note: optional,
  kind: z.enum(['official', 'news', 'press_release', 'advocacy', 'data']),
  leaning: optional,
  from_files: optional,
});

export const termRow = z.object({
  fips: z.string().regex(/^37\d{3}$/),
  county: z.string(),
  person_id: optional,
  name: optional,
  party: z.enum(['DEM', 'REP', 'UNA', '']),
  from: fullDate,
  to: fullDate,
  how: z.string().min(1),
  certainty: z.enum(['recorded', 'as_elected', 'unknown']),
  source_ids: idList,
  note: optional,
});

export const FACT_TYPES = [
  'agreement_287g',
  'agreement_287g_ended',
  'detainer_policy',
  'detainer_observation',
  'statement',
  'claim',
  'claim_retracted',
  'election',
  'context',
] as const;

export const factRow = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, { message: 'must be lower-case letters, digits, dots, dashes' }),
  fips: z.string().regex(/^(37\d{3}|STATEWIDE)$/, { message: 'must be a 37xxx FIPS code or STATEWIDE' }),
  county: optional,
  date: partialDate,
  date_note: optional,
  type: z.enum(FACT_TYPES),
  model: z.enum(['jem', 'wso', 'task_force', 'unspecified', '']),
  agency: z.enum(['sheriff', 'police', 'regional_jail', '']),
  policy: z.enum([
    '',
    'honors',
    'declines_without_judicial_order',
    'complies_with_state_law',
    'limits_to_state_law',
    'rejects_label',
    'opposes_bill',
    'supports_bill',
    'alleges_noncooperation',
    'alleges_noncompliance',
    'other',
  ]),
  claimant: optional,
  ref: optional,
  value: optional,
  summary: z.string().min(1),
  source_ids: idList,
});

export const stepSchema = z.object({
  id: z.string().regex(/^\d{4}-\d{2}$/, { message: 'must be a slug like 2019-08' }),
  date: fullDate,
  label: z.string().min(1),
  title: z.string().min(1),
  happened: z.string().min(1),
  vote: z.string().min(1).optional(),
  lawRequired: z.string().min(1),
  sourceIds: z.array(z.string()).min(1, { message: 'needs at least one source id' }),
});

export const stepsFile = z.object({ asOf: fullDate, steps: z.array(stepSchema).min(1) });
