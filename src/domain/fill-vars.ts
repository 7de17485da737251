/**
 * Live map colours as CSS custom properties: one property per county on the map's <svg>, and one
 * stylesheet rule per county that reads it. A step or layer change then sets properties on a
 * single element instead of re-rendering up to 100 paths, which keeps the recolour within its
 * budget (2 ms of JavaScript at 4x CPU throttling). The paths keep their `fill` attributes for the
 * server render, for pages without JavaScript and under a Content-Security-Policy that forbids
 * inline styles (the rules live in a stylesheet; the properties are set through the CSSOM).
 */

/** The class the map carries while the properties are set; the rules apply only then. */
export const LIVE_FILLS_CLASS = 'county-map--live';

export const fillVarName = (fips: string): string => `--f${fips}`;

const varsCache = new WeakMap<ReadonlyMap<string, string>, Readonly<Record<string, string>>>();

/** `{ '--f37001': '#…', … }` for a fill map; the same object for the same map. */
export function fillVars(fills: ReadonlyMap<string, string>): Readonly<Record<string, string>> {
  let vars = varsCache.get(fills);
  if (!vars) {
    const built: Record<string, string> = {};
    for (const [fips, colour] of fills) built[fillVarName(fips)] = colour;
    varsCache.set(fills, (vars = built));
  }
  return vars;
}

/** The stylesheet: a county without a property (no class at this step) shows the unknown colour. */
export function fillVarRules(fipsCodes: readonly string[]): string {
  return fipsCodes
    .map(
      (fips) =>
        `.${LIVE_FILLS_CLASS} path[data-fips='${fips}'] { fill: var(${fillVarName(fips)}, var(--county-unknown)); }`,
    )
    .join('\n');
}
