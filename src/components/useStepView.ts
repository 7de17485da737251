import { stepView, type StepView } from '../domain/step-view.ts';
import { useAppStore } from '../state/store.ts';
import { useData, useDeferredStepView } from './DataContext.tsx';

export type { StepView };

/**
 * The view of the current layer and step.
 *
 * By default the one <DataProvider> publishes, which follows the store through React's
 * `useDeferredValue`: on a step or layer change the map and the slider (which ask for
 * `{ urgent: true }` and so read the store themselves) commit first, in the key press's own task;
 * the table, legend, cards and summaries re-render right after, in a render React can interrupt,
 * so playing or holding an arrow key never waits for the 100-row table. Components that read the
 * default view do not re-render in the urgent pass at all (the context value is unchanged then).
 * Server rendering and hydration see the same value either way.
 */
export function useStepView({ urgent = false }: { urgent?: boolean } = {}): StepView {
  const deferred = useDeferredStepView();
  const { dataset } = useData();
  const layer = useAppStore((s) => (urgent || !deferred ? s.layer : null));
  const stepId = useAppStore((s) => (urgent || !deferred ? s.step : null));
  if (layer === null || stepId === null) return deferred!;
  return stepView(dataset, layer, stepId);
}
