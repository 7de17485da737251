import type { Basis, ClassDef } from './dataset.ts';
import type { Layer } from './layers.ts';

/**
 * Hues from ColorBrewer's colour-blind-safe diverging schemes (PuOr and BrBG, Brewer 2002): the
 * orange/purple pair stays distinct under protan, deutan and tritan vision and in grayscale by
 * lightness. "Nothing on record" is a light grey; the evidence level is drawn as hatching on top
 * (see BASIS_PATTERN), so no meaning depends on colour alone. Parties keep their conventional hues.
 */
const FILLS: Record<Layer, Record<string, string>> = {
  stance: {
    agreement_287g: '#b35806',
    limits_cooperation: '#5e3c99',
    no_stated_policy: '#e0e0e0',
  },
  detainer: {
    honors_detainers: '#e08214',
    declines_without_judicial_order: '#8073ac',
    no_county_record: '#e0e0e0',
    holds_required_by_law: '#35978f',
  },
  sheriff: { DEM: '#2166ac', REP: '#b2182b', UNA: '#7b3294', unknown: '#e0e0e0' },
};

export const FALLBACK_FILL = '#bdbdbd';

export function colourScale(layer: Layer, classes: readonly ClassDef[]): Map<string, string> {
  return new Map(classes.map((cls) => [cls.id, FILLS[layer][cls.id] ?? FALLBACK_FILL]));
}

/** Which SVG pattern overlays a county for its evidence level; documented cells get none. */
export const BASIS_PATTERN: Record<Basis, string | null> = {
  documented: null,
  statewide: 'hatch-statewide',
  disputed: 'hatch-disputed',
  unknown: 'hatch-unknown',
};
