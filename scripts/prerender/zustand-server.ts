/**
 * Stand-in for `zustand` in the prerender bundle only (aliased in scripts/prerender.ts).
 *
 * zustand's React hook gives the server renderer `getInitialState()`, the state the store was
 * created with, so a server render cannot show any other state. Prerendering one page per step
 * needs the hook to read the current state instead; on the server nothing subscribes, so reading
 * `getState()` during render is all a hook has to do, and `getInitialState()` is that state too.
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';

type Hook<T> = (<U>(selector?: (state: T) => U) => U) & StoreApi<T>;

function createImpl<T>(initializer: StateCreator<T, [], []>): Hook<T> {
  const api = createStore(initializer);
  const hook = <U>(selector: (state: T) => U = (state) => state as unknown as U): U =>
    selector(api.getState());
  // What the server renders is the state it was given; hooks that hydrate from the initial state
  // (useSyncExternalStore's server snapshot) must see that, not the store's defaults.
  return Object.assign(hook, api, { getInitialState: api.getState });
}

export function create<T>(): (initializer: StateCreator<T, [], []>) => Hook<T>;
export function create<T>(initializer: StateCreator<T, [], []>): Hook<T>;
export function create<T>(
  initializer?: StateCreator<T, [], []>,
): Hook<T> | ((initializer: StateCreator<T, [], []>) => Hook<T>) {
  return initializer ? createImpl(initializer) : createImpl;
}

export function useStore<T, U>(api: StoreApi<T>, selector: (state: T) => U): U {
  return selector(api.getState());
}
