import type { Basis, ClassDef } from './dataset.ts';
import type { CoreCell, DatasetCore } from './dataset-split.ts';
import { classIdOf, classesFor, countByClass, type Layer } from './layers.ts';
import { BASIS_PATTERN, colourScale } from './palette.ts';

/** One legend row: a class, its colour and how many counties it holds at the step. */
export interface LegendEntry {
  id: string;
  label: string;
  description: string;
  colour: string;
  count: number;
}

/** Evidence levels drawn as hatching (documented counties have none). */
export type HatchedBasis = Exclude<Basis, 'documented'>;

/** What a static map of one step needs (small multiples, slides, handouts, image export). */
export interface StepPicture {
  stepId: string;
  /** Class id per FIPS. */
  classOf: Map<string, string>;
  /** Fill colour per FIPS. */
  fills: Map<string, string>;
  /** Hatch pattern id per FIPS (evidence level); none on the sheriff layer. */
  patterns: Map<string, string>;
  /** Every class of the layer, in order, zeros included. */
  legend: LegendEntry[];
  /** Evidence levels other than "documented" that occur at this step. */
  bases: HatchedBasis[];
}

export const HATCHED: readonly HatchedBasis[] = ['statewide', 'disputed', 'unknown'];

function basisOf(cell: CoreCell, layer: Layer): Basis {
  if (layer === 'stance') return cell.stanceBasis;
  if (layer === 'detainer') return cell.detainerBasis;
  return 'documented';
}

/** Fills, hatching and legend counts of one step on one layer; an unknown step id gives an empty map. */
export function stepPicture(
  dataset: Pick<DatasetCore, 'classes' | 'cells'>,
  layer: Layer,
  stepId: string,
): StepPicture {
  const cells = dataset.cells[stepId] ?? [];
  const classes: readonly ClassDef[] = classesFor(dataset, layer);
  const colours = colourScale(layer, classes);
  const counts = countByClass(cells, classes, layer);
  const classOf = new Map<string, string>();
  const fills = new Map<string, string>();
  const patterns = new Map<string, string>();
  const bases = new Set<Basis>();
  for (const cell of cells) {
    const id = classIdOf(cell, layer);
    classOf.set(cell.fips, id);
    const colour = colours.get(id);
    if (colour) fills.set(cell.fips, colour);
    const basis = basisOf(cell, layer);
    const pattern = BASIS_PATTERN[basis];
    if (pattern) {
      patterns.set(cell.fips, pattern);
      bases.add(basis);
    }
  }
  return {
    stepId,
    classOf,
    fills,
    patterns,
    legend: classes.map((cls) => ({
      id: cls.id,
      label: cls.label,
      description: cls.description,
      colour: colours.get(cls.id) ?? '',
      count: counts.get(cls.id) ?? 0,
    })),
    bases: HATCHED.filter((b) => bases.has(b)),
  };
}

/** Legend rows for several steps shown together: a class is listed if any step has a county in it. */
export function sharedLegend(pictures: readonly StepPicture[]): LegendEntry[] {
  const first = pictures[0];
  if (!first) return [];
  return first.legend.filter((entry) =>
    pictures.some((p) => (p.legend.find((e) => e.id === entry.id)?.count ?? 0) > 0),
  );
}
