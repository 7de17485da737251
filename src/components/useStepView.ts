import type { StepView } from '../domain/step-view.ts';
import { useDeferredStepView } from './DataContext.tsx';

export type { StepView };

/**
 * The view of the current layer and step, as the one <DataProvider> publishes it: it follows the
 * store a task after each change, deferred (useStoreAfterTask), so on a step or layer change the
 * table, legend, cards and summaries re-render after the key press's task, in a render React can
 * interrupt (playing or holding an arrow key never waits for the 100-row table). What must answer
 * in the press's own task (the map's colours, the slider, the layer buttons) is written outside
 * React's render (the map's live fills, useLiveBinding). Server rendering and hydration see the
 * store's initial state either way.
 */
export function useStepView(): StepView {
  return useDeferredStepView();
}
