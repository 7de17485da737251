/**
 * Live map colours as CSS custom properties: one property per county on the map's <svg>, and one
 * stylesheet rule per county that reads it. A step or layer change then sets the properties that
 * changed, on a single element, instead of re-rendering up to 100 paths, which keeps the recolour
 * within its budget (2 ms of JavaScript at 4x CPU throttling). The paths keep their `fill`
 * attributes for the server render, for pages without JavaScript and under a
 * Content-Security-Policy that forbids inline styles (the rules live in a stylesheet; the
 * properties are set through the CSSOM, which such a policy allows).
 */

/** The class the map carries while the properties are set; the rules apply only then. */
export const LIVE_FILLS_CLASS = 'county-map--live';

export const fillVarName = (fips: string): string => `--f${fips}`;

/**
 * What turns the properties for the fills `previous` into those for `next` (FIPS to colour): each
 * property name with its new value, or null for a property to remove. Unchanged counties are left
 * out: setting a property, even to its value, still costs the browser.
 */
export function fillVarChanges(
  previous: ReadonlyMap<string, string>,
  next: ReadonlyMap<string, string>,
): [name: string, value: string | null][] {
  const changes: [string, string | null][] = [];
  if (previous === next) return changes;
  for (const [fips, colour] of next)
    if (previous.get(fips) !== colour) changes.push([fillVarName(fips), colour]);
  for (const fips of previous.keys()) if (!next.has(fips)) changes.push([fillVarName(fips), null]);
  return changes;
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
