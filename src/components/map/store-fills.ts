import type { DatasetCore } from '../../domain/dataset-split.ts';
import { isLayer, LAYERS } from '../../domain/layers.ts';
import { stepView } from '../../domain/step-view.ts';
import { useAppStore } from '../../state/store.ts';
import type { FillSource } from './fill-source.ts';

const NO_FILLS: ReadonlyMap<string, string> = new Map();

/**
 * The store's layer, and the colours of the store's step on a layer, as they change: the map
 * recolours from these in the key press's own task, before the deferred view (names, hatching,
 * outlines, table) catches up. Step views are cached, so the same step gives the same fills.
 */
export function storeFills(dataset: DatasetCore): FillSource {
  return {
    subscribe: useAppStore.subscribe,
    layer: () => useAppStore.getState().layer,
    fills: (layer) =>
      isLayer(layer) ? stepView(dataset, layer, useAppStore.getState().step).fills : NO_FILLS,
  };
}

/** Works out a step's view on every layer ahead of time, so no key press has to. */
export function prepareStepFills(dataset: DatasetCore, stepId: string): void {
  for (const layer of LAYERS) stepView(dataset, layer, stepId);
}
