import { useMemo } from 'react';
import type { ClassDef, Step } from '../domain/dataset.ts';
import type { CoreCell } from '../domain/dataset-split.ts';
import {
  changesSince,
  classIdOf,
  classesFor,
  countByClass,
  groupChanges,
  type ChangeGroup,
  type ClassChange,
  type Layer,
} from '../domain/layers.ts';
import { colourScale } from '../domain/palette.ts';
import { useAppStore } from '../state/store.ts';
import { useData } from './DataContext.tsx';

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

/** Everything derived from (dataset, layer, step); nothing here is stored. */
export function useStepView(): StepView {
  const { dataset } = useData();
  const layer = useAppStore((s) => s.layer);
  const stepId = useAppStore((s) => s.step);

  return useMemo(() => {
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
  }, [dataset, layer, stepId]);
}
