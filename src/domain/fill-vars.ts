/**
 * Live map colours as CSS custom properties: on the map's <svg>, one property per county and layer
 * holding that county's colour on that layer at the current step, and an attribute naming the
 * layer shown; one stylesheet rule per county and layer reads them. A step change then sets the
 * few properties that changed, and a layer change one attribute, on a single element, instead of
 * re-rendering up to 100 paths: this keeps a recolour within its budget (2 ms of JavaScript at 4x
 * CPU throttling). The paths keep their `fill` attributes for the server render, for pages without
 * JavaScript and under a Content-Security-Policy that forbids inline styles (the rules live in a
 * stylesheet; the properties are set through the CSSOM, which such a policy allows).
 */

/** The class the map carries while the properties are set; the rules apply only then. */
export const LIVE_FILLS_CLASS = 'county-map--live';

/** The <svg> attribute naming the layer whose properties the rules read. */
export const LIVE_LAYER_ATTRIBUTE = 'data-layer';

export const fillVarName = (layer: string, fips: string): string => `--${layer}-${fips}`;

/**
 * The class each county's path carries for the rules: the browser sorts rules by class, so a path
 * is matched against its own three rules, not against all 300 (rules keyed on an attribute value
 * all land in one bucket).
 */
export const countyClassName = (fips: string): string => `c${fips}`;

/**
 * What turns the properties for one layer's fills `previous` into those for `next` (FIPS to
 * colour): each property name with its new value, or null for a property to remove. Unchanged
 * counties are left out: setting a property, even to its value, still costs the browser.
 */
export function fillVarChanges(
  layer: string,
  previous: ReadonlyMap<string, string>,
  next: ReadonlyMap<string, string>,
): [name: string, value: string | null][] {
  const changes: [string, string | null][] = [];
  if (previous === next) return changes;
  for (const [fips, colour] of next)
    if (previous.get(fips) !== colour) changes.push([fillVarName(layer, fips), colour]);
  for (const fips of previous.keys()) if (!next.has(fips)) changes.push([fillVarName(layer, fips), null]);
  return changes;
}

/**
 * The stylesheet: for each layer and county, a rule that applies while the map shows that layer.
 * A county without a property (no class at this step) shows the unknown colour.
 */
export function fillVarRules(layers: readonly string[], fipsCodes: readonly string[]): string {
  return layers
    .flatMap((layer) =>
      fipsCodes.map(
        (fips) =>
          `.${LIVE_FILLS_CLASS}[${LIVE_LAYER_ATTRIBUTE}='${layer}'] .${countyClassName(fips)} { fill: var(${fillVarName(layer, fips)}, var(--county-unknown)); }`,
      ),
    )
    .join('\n');
}
