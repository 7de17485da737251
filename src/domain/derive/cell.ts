/** One county at one step: sheriff, stance, detainer handling, basis and sources. */
import type { Cell } from '../dataset.ts';
import {
  detainerBasis,
  mandatoryEraEvidence,
  overallBasis,
  stanceBasis,
  statewideCompliance,
} from './basis.ts';
import { disputeNote, liveClaims, responses, statewideContext } from './claims.ts';
import { DETAINER } from './classes.ts';
import { happenedBy, latestDay } from './dates.ts';
import { deriveDetainer } from './detainer.ts';
import { isNewSheriff, serviceStart, sheriffAt, startsAtDataHorizon } from './sheriff-at-date.ts';
import { deriveStance } from './stance.ts';
import { eraAt, type FactRecord, type SheriffTerm } from './types.ts';

export interface CellInput {
  fips: string;
  /** The step's as-of date (YYYY-MM-DD). */
  date: string;
  /** The date to compare the sheriff with (previous step, or the day before the first step's terms). */
  previousDate: string;
  terms: readonly SheriffTerm[];
  /** All facts, county and statewide. */
  facts: readonly FactRecord[];
}

function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

export function buildCell({ fips, date, previousDate, terms, facts }: CellInput): Cell {
  const term = sheriffAt(terms, fips, date);
  const previous = sheriffAt(terms, fips, previousDate);
  const stance = deriveStance(facts, fips, date);
  const detainer = deriveDetainer(facts, fips, date);
  // Claims count only in the era they were made in: a 2019 complaint about declined (then voluntary)
  // detainers says nothing about compliance with the 2024 mandate.
  const claims = liveClaims(facts, fips, date).filter((c) => eraAt(latestDay(c.date)) === eraAt(date));
  const answers = claims.length > 0 ? responses(facts, fips, date) : [];
  const context = claims.length > 0 && answers.length === 0 ? statewideContext(facts, date) : [];
  const sBasis = stanceBasis(stance.stance, claims.length);
  const dBasis = detainerBasis(detainer.detainer, facts, fips, date, claims.length);
  const basis = overallBasis(sBasis, dBasis);

  let stanceNote = stance.note;
  const lastPolicy = facts.find((f) => f.id === stance.decidingFactIds[stance.decidingFactIds.length - 1]);
  if (lastPolicy && term?.personId && stance.stance === 'limits_cooperation') {
    const setter = sheriffAt(terms, fips, latestDay(lastPolicy.date));
    if (setter?.personId && setter.personId !== term.personId) {
      // Say "no later change was found" only if the office said nothing since.
      const laterStatement = facts.some(
        (f) =>
          f.fips === fips &&
          f.type === 'statement' &&
          latestDay(f.date) > latestDay(lastPolicy.date) &&
          happenedBy(f.date, date),
      );
      stanceNote += laterStatement
        ? ` Set under Sheriff ${setter.name}.`
        : ` Set under Sheriff ${setter.name}; no later change by Sheriff ${term.name} was found.`;
    }
  }

  let detainerNote = detainer.note;
  const basisFacts: FactRecord[] = [];
  if (dBasis === 'statewide' || (dBasis === 'unknown' && detainer.detainer === DETAINER.noRecord)) {
    const statewide = statewideCompliance(facts, date);
    basisFacts.push(...statewide);
    if (statewide.length > 0) {
      detainerNote += ` Statewide only: ${statewide.map((f) => `${f.claimant ?? ''} (${f.date}): ${f.value ?? f.summary}`).join('; ')}.`;
    }
  }
  if (dBasis === 'documented' && eraAt(date) === 'mandatory') {
    const evidence = mandatoryEraEvidence(facts, fips, date);
    basisFacts.push(...evidence);
    detainerNote += ` County record: ${evidence.map((f) => `${f.value ?? f.summary} (${f.date})`).join('; ')}.`;
  }
  basisFacts.push(...claims, ...answers, ...context);

  const countyFacts = facts
    .filter((f) => f.fips === fips && happenedBy(f.date, date))
    .sort((a, b) =>
      latestDay(a.date) < latestDay(b.date) ? -1 : latestDay(a.date) > latestDay(b.date) ? 1 : 0,
    );
  const decidingFactIds = unique([
    ...stance.decidingFactIds,
    ...detainer.decidingFactIds,
    ...basisFacts.map((f) => f.id),
  ]);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const sourceIds = unique([
    ...(term?.sourceIds ?? []),
    ...decidingFactIds.flatMap((id) => byId.get(id)?.sourceIds ?? []),
  ]);

  const cell: Cell = {
    fips,
    stance: stance.stance,
    detainer: detainer.detainer,
    basis,
    stanceBasis: sBasis,
    detainerBasis: dBasis,
    stanceNote,
    detainerNote,
    sheriff: term?.name ? term.name : null,
    party: term?.party ?? null,
    sheriffSince: term ? serviceStart(terms, term) : null,
    sheriffHow: term?.how ?? 'no term in the data covers this date',
    sheriffCertainty: term?.certainty ?? 'unknown',
    sheriffNew: isNewSheriff(previous, term),
    factIds: countyFacts.map((f) => f.id),
    decidingFactIds,
    sourceIds,
  };
  if (claims.length > 0) cell.basisNote = disputeNote(claims, answers, context);
  if (term && cell.sheriffSince !== null && startsAtDataHorizon(terms, fips, cell.sheriffSince)) {
    cell.sheriffSinceIsEarliestInData = true;
  }
  if (term?.note) cell.sheriffNote = term.note;
  return cell;
}
