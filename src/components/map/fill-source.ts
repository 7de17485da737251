/** Fills that change while the map stays mounted, read through useSyncExternalStore. */
export interface FillSource {
  subscribe: (listener: () => void) => () => void;
  /** The current fills; the same object until they change. */
  fills: () => ReadonlyMap<string, string>;
  /** The fills the server rendered, for hydration. */
  serverFills: () => ReadonlyMap<string, string>;
}
