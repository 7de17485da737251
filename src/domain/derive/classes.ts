/**
 * The classes of the two map layers. Labels describe observable behaviour and never adopt
 * "sanctuary" or any other contested framing (see data/METHODOLOGY.md).
 */
import type { ClassDef } from '../dataset.ts';

export const STANCE = {
  agreement: 'agreement_287g',
  limits: 'limits_cooperation',
  none: 'no_stated_policy',
} as const;

export const DETAINER = {
  honors: 'honors_detainers',
  declines: 'declines_without_judicial_order',
  noRecord: 'no_county_record',
  required: 'holds_required_by_law',
} as const;

export const STANCE_CLASSES: ClassDef[] = [
  {
    id: STANCE.agreement,
    label: "287(g) agreement (sheriff's office)",
    description:
      "The sheriff's office has a 287(g) agreement with ICE in force on the step date (jail enforcement, warrant service or task force; the model is given in the county's facts). Agreements signed after the step date do not count. Agreements of town police departments are listed as facts but do not set the sheriff's class.",
  },
  {
    id: STANCE.limits,
    label: 'Publicly limits cooperation',
    description:
      "The sheriff's office has stated a policy that limits cooperation: it ended a 287(g) agreement, declines ICE detainers that lack a judge's order, or says it does what state law requires and no more. The policy stays in this class until a later record reverses it, including after a change of sheriff (the note says when the policy was set by a predecessor).",
  },
  {
    id: STANCE.none,
    label: 'No county-specific policy on record',
    description:
      "The sources found contain no 287(g) agreement and no stated policy for this sheriff's office on or before the step date. This is the default; it does not mean the office has no policy.",
  },
];

export const DETAINER_CLASSES: ClassDef[] = [
  {
    id: DETAINER.honors,
    label: 'Honors detainers (voluntary era)',
    description:
      'Before Dec 1, 2024, when honoring detainers was voluntary: a county-specific record shows the jail held people on ICE detainers (a 287(g) agreement in force, a stated policy, or reported counts).',
  },
  {
    id: DETAINER.declines,
    label: "Declines detainers without a judge's order (voluntary era)",
    description:
      "Before Dec 1, 2024: the sheriff's office stated that it does not hold people on an ICE detainer alone, only on a warrant or order signed by a judge.",
  },
  {
    id: DETAINER.noRecord,
    label: 'No county-specific record (voluntary era)',
    description:
      'Before Dec 1, 2024: no county-specific record of how the jail handled detainers was found. Statewide statements (e.g. that over 90 counties honored detainers) are shown in the notes but do not classify a county.',
  },
  {
    id: DETAINER.required,
    label: 'Holds required by state law (from Dec 1, 2024)',
    description:
      'From Dec 1, 2024 (HB 10; widened by HB 318 on Oct 1, 2025) state law requires jails to hold a person named in an ICE detainer with an administrative warrant for up to 48 hours. Whether a county is documented as complying, covered only by statewide statements, or accused of not complying is shown by the basis; claimed deviations are facts with their claimants.',
  },
];
