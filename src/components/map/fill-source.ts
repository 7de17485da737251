/** The map's colours on each layer, and the layer shown; the map writes them as they change. */
export interface FillSource {
  /** Calls `listener` after any change that may have changed the fills or the layer. */
  subscribe: (listener: () => void) => () => void;
  /** The layer shown. */
  layer: () => string;
  /** Fill colour by FIPS on `layer` at the current step; the same object until it changes. */
  fills: (layer: string) => ReadonlyMap<string, string>;
}
