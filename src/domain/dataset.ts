/**
 * The generated dataset's types: the contract between scripts/build-dataset.ts (which writes
 * src/data/dataset.json) and the app. Field meanings are documented in data/README.md and in the
 * data dictionary written to public/data/data-dictionary.md.
 */

/** How a cell's classification is supported. */
export type Basis = 'documented' | 'statewide' | 'disputed' | 'unknown';
export type Party = 'DEM' | 'REP' | 'UNA';
export type SheriffCertainty = 'recorded' | 'as_elected' | 'unknown';
export type SourceKind = 'official' | 'news' | 'press_release' | 'advocacy' | 'data';

/** A class in one map layer. English; `id` is stable snake_case. */
export interface ClassDef {
  id: string;
  label: string;
  description: string;
}

export interface Source {
  id: string;
  /** Headline where the address carries it, otherwise a descriptive title (see data/README.md). */
  title: string;
  outlet: string;
  /** http(s) address, or `local:` for a background article supplied with the research. */
  url: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; empty when the page shows no date. */
  published: string;
  publishedNote?: string;
  kind: SourceKind;
  leaning?: string;
}

export interface Step {
  id: string;
  /** YYYY-MM-DD: the as-of date the step's classes are computed for. */
  date: string;
  /** Short tick label, e.g. "Aug 2019". */
  label: string;
  title: string;
  happened: string;
  vote?: string;
  lawRequired: string;
  sourceIds: string[];
}

export interface Fact {
  id: string;
  /** 5-digit county FIPS, or "STATEWIDE". */
  fips: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. A partial date counts from its last possible day. */
  date: string;
  type: string;
  summary: string;
  /** Who makes the claim or statement, when it matters (claims, statements, reported counts). */
  claimant?: string;
  sourceIds: string[];
  value?: string;
  dateNote?: string;
  /** 287(g) model for agreement facts: jem | wso | task_force | unspecified. */
  model?: string;
  /** Agency for agreement facts: sheriff | police. */
  agency?: string;
  /** Controlled value for policies, statements and claims (see data/README.md). */
  policy?: string;
  /** Fact ids this fact refers to (a retraction names the claims it withdraws). */
  ref?: string[];
}

export interface Cell {
  fips: string;
  stance: string;
  detainer: string;
  /** Overall basis: disputed if either layer is disputed, else the strongest of the two layers. */
  basis: Basis;
  /** For disputed cells: who claims what, and the response. */
  basisNote?: string;
  stanceBasis: Basis;
  detainerBasis: Basis;
  stanceNote?: string;
  detainerNote?: string;
  sheriff: string | null;
  party: Party | null;
  /** First day of the sheriff's continuous service (YYYY-MM-DD), null if unknown. */
  sheriffSince: string | null;
  /** `sheriffSince` is the first term in the data (2014), so service may have begun earlier. */
  sheriffSinceIsEarliestInData?: boolean;
  sheriffHow: string;
  sheriffCertainty: SheriffCertainty;
  sheriffNote?: string;
  /** The sheriff is a different, known person than at the previous step (first step: than on 2018-12-02). */
  sheriffNew: boolean;
  /** Facts about this county dated on or before the step (oldest first). */
  factIds: string[];
  /** Facts that decided the stance and detainer classes and the basis. */
  decidingFactIds: string[];
  sourceIds: string[];
}

export interface Dataset {
  asOf: string;
  latestSourceDate: string;
  counties: { fips: string; name: string }[];
  steps: Step[];
  sources: Source[];
  /** Class definitions per layer; `sheriff` is filled only when the app localizes the party labels. */
  classes: { stance: ClassDef[]; detainer: ClassDef[]; sheriff?: ClassDef[] };
  cells: Record<string, Cell[]>;
  facts: Fact[];
  statewideFacts?: Fact[];
}
