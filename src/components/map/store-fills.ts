import type { DatasetCore } from '../../domain/dataset-split.ts';
import { stepView } from '../../domain/step-view.ts';
import { useAppStore, type AppState } from '../../state/store.ts';
import type { FillSource } from './fill-source.ts';

const fillsOf = (dataset: DatasetCore, state: AppState) => stepView(dataset, state.layer, state.step).fills;

/**
 * The fills of the store's layer and step, as they change: the map recolours from these in the
 * key press's own task, before the deferred view (names, hatching, outlines, table) catches up.
 */
export function storeFills(dataset: DatasetCore): FillSource {
  return {
    subscribe: useAppStore.subscribe,
    fills: () => fillsOf(dataset, useAppStore.getState()),
  };
}
