import { stepView, type StepView } from '../domain/step-view.ts';
import type { AppState } from '../state/store.ts';
import { useAppStore } from '../state/store.ts';
import { useData, useDeferredStepView } from './DataContext.tsx';

export type { StepView };

const selectLayer = (s: AppState) => s.layer;
const selectStep = (s: AppState) => s.step;

/**
 * The view of the current layer and step, as the one <DataProvider> publishes it: it follows the
 * store through React's `useDeferredValue`, so on a step or layer change the table, legend, cards
 * and summaries re-render right after the key press's task, in a render React can interrupt
 * (playing or holding an arrow key never waits for the 100-row table). They do not subscribe to
 * the store themselves: a change costs the key press nothing for each of them.
 * Server rendering and hydration see the same value either way.
 */
export function useStepView(): StepView {
  return useDeferredStepView();
}

/**
 * The view of the store's layer and step right now, for what must answer in the key press's own
 * task: the slider. (The map's colours follow the store through its live fills.)
 */
export function useUrgentStepView(): StepView {
  const { dataset } = useData();
  return stepView(dataset, useAppStore(selectLayer), useAppStore(selectStep));
}
