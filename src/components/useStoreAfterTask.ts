import { useDeferredValue, useSyncExternalStore } from 'react';
import { afterTask } from '../state/after-task.ts';
import { useAppStore, type AppState } from '../state/store.ts';

const listeners = new Set<() => void>();
let stopListening: (() => void) | null = null;
let pending = false;

function notifyAfterTask(): void {
  if (pending) return;
  pending = true;
  afterTask(() => {
    pending = false;
    for (const listener of [...listeners]) listener();
  });
}

/**
 * Tells React of store changes once the change's task is over, once per task: one store listener
 * for every component that reads the store this way, so a key press runs one, not one each.
 */
function subscribeAfterTask(listener: () => void): () => void {
  listeners.add(listener);
  stopListening ??= useAppStore.subscribe(notifyAfterTask);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopListening?.();
      stopListening = null;
    }
  };
}

/**
 * A value of the store as React renders it: after the task that changed it, and then in a render
 * React can interrupt (useDeferredValue). A step or layer change then costs the key press no React
 * render at all: even a render of one small component costs React's whole render and commit
 * (1.6 ms at 4x CPU throttling, most of the 2 ms budget). What must answer in the press's own task
 * (the map's colours, the slider, the layer buttons) is written outside React's render: the map's
 * live fills (CountyMap) and live bindings (useLiveBinding).
 * `select` must return the same value while nothing it reads has changed (a primitive, say).
 *
 * Server rendering and hydration see the store's initial state, as with the store's own hook.
 */
export function useStoreAfterTask<T>(select: (state: AppState) => T): T {
  const value = useSyncExternalStore(
    subscribeAfterTask,
    () => select(useAppStore.getState()),
    () => select(useAppStore.getInitialState()),
  );
  return useDeferredValue(value);
}
