import type { ClassDef, Step } from './dataset.ts';
import type { CoreCell, DatasetCore } from './dataset-split.ts';
import {
  changesSince,
  classIdOf,
  classesFor,
  countByClass,
  groupChanges,
  type ChangeGroup,
  type ClassChange,
  type Layer,
} from './layers.ts';
import { colourScale } from './palette.ts';

export interface StepView {
  layer: Layer;
  step: Step;
  stepIndex: number;
  previousStep: Step | null;
  cells: readonly CoreCell[];
  cellByFips: ReadonlyMap<string, CoreCell>;
  classes: readonly ClassDef[];
  classLabel: (id: string) => string;
  colours: ReadonlyMap<string, string>;
  fills: ReadonlyMap<string, string>;
  counts: ReadonlyMap<string, number>;
  changes: readonly ClassChange[];
  changeGroups: readonly ChangeGroup[];
}

/** Everything derived from (dataset, layer, step); pure. */
export function computeStepView(dataset: DatasetCore, layer: Layer, stepId: string): StepView {
  const found = dataset.steps.findIndex((s) => s.id === stepId);
  const stepIndex = found >= 0 ? found : dataset.steps.length - 1;
  const step = dataset.steps[stepIndex]!;
  const previousStep = dataset.steps[stepIndex - 1] ?? null;
  const cells = dataset.cells[step.id] ?? [];
  const classes = classesFor(dataset, layer);
  const colours = colourScale(layer, classes);
  const labels = new Map(classes.map((c) => [c.id, c.label]));
  const fills = new Map<string, string>();
  for (const cell of cells) {
    const colour = colours.get(classIdOf(cell, layer));
    if (colour) fills.set(cell.fips, colour);
  }
  const changes = changesSince(previousStep ? dataset.cells[previousStep.id] : undefined, cells, layer);
  return {
    layer,
    step,
    stepIndex,
    previousStep,
    cells,
    cellByFips: new Map(cells.map((c) => [c.fips, c])),
    classes,
    classLabel: (id: string) => labels.get(id) ?? id,
    colours,
    fills,
    counts: countByClass(cells, classes, layer),
    changes,
    changeGroups: groupChanges(changes, classes),
  };
}

/**
 * Views are computed once per (dataset, layer, step) and kept: the same object comes back for the
 * same choice, so components memoized on its parts skip re-rendering, and going back to a step
 * costs a lookup. At most 3 layers × the steps per dataset (18 today).
 */
const cache = new WeakMap<DatasetCore, Map<string, StepView>>();

export function stepView(dataset: DatasetCore, layer: Layer, stepId: string): StepView {
  let views = cache.get(dataset);
  if (!views) cache.set(dataset, (views = new Map<string, StepView>()));
  const key = `${layer}\u0000${stepId}`;
  let view = views.get(key);
  if (!view) views.set(key, (view = computeStepView(dataset, layer, stepId)));
  return view;
}
