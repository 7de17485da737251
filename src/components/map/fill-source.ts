/** Fills that change while the map stays mounted (the map writes them as they change). */
export interface FillSource {
  /** Calls `listener` after any change that may have changed the fills. */
  subscribe: (listener: () => void) => () => void;
  /** The current fills; the same object until they change. */
  fills: () => ReadonlyMap<string, string>;
}
