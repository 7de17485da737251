/**
 * Cuts one state's counties out of a us-atlas county topology, keeping only the arcs they use.
 * Arcs are copied untouched (no simplification) so small coastal shapes such as the Outer Banks survive.
 */

export interface Topology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: Geometry[] }>;
}

export interface Geometry {
  type: string;
  id?: string | number;
  properties?: { name?: string };
  arcs?: unknown;
}

export interface ExtractOptions {
  /** Two-digit state FIPS prefix, e.g. "37" for North Carolina. */
  statePrefix: string;
  /** How many counties the state must have; anything else is an error. */
  expectedCount: number;
}

export class TopologyError extends Error {
  override name = 'TopologyError';
}

/** Arc references are ints; negative ones (~i) mean "arc i reversed". */
function mapArcRefs(arcs: unknown, remap: (index: number, where: string) => number, where: string): unknown {
  if (typeof arcs === 'number') {
    if (!Number.isInteger(arcs)) throw new TopologyError(`${where}: arc reference ${arcs} is not an integer`);
    return arcs >= 0 ? remap(arcs, where) : ~remap(~arcs, where);
  }
  if (Array.isArray(arcs)) return arcs.map((a) => mapArcRefs(a, remap, where));
  throw new TopologyError(`${where}: arcs must be nested arrays of integers`);
}

export function extractState(input: unknown, options: ExtractOptions): Topology {
  const topo = input as Partial<Topology> | null;
  if (!topo || typeof topo !== 'object' || topo.type !== 'Topology') {
    throw new TopologyError('input is not a TopoJSON Topology (missing "type": "Topology")');
  }
  if (!Array.isArray(topo.arcs)) throw new TopologyError('input has no "arcs" array');
  const counties = topo.objects?.['counties'];
  if (!counties || !Array.isArray(counties.geometries)) {
    throw new TopologyError('input has no "objects.counties" GeometryCollection');
  }

  const idPattern = new RegExp(`^${options.statePrefix}\\d{3}$`);
  const picked = counties.geometries.filter((g) => String(g.id ?? '').startsWith(options.statePrefix));
  const badIds = picked.filter((g) => !idPattern.test(String(g.id)));
  if (badIds.length > 0) {
    throw new TopologyError(
      `county ids must be 5-digit FIPS codes ${options.statePrefix}xxx; bad: ${badIds.map((g) => JSON.stringify(g.id)).join(', ')}`,
    );
  }
  const ids = picked.map((g) => String(g.id));
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length > 0)
    throw new TopologyError(`duplicate county ids: ${[...new Set(duplicates)].join(', ')}`);
  if (picked.length !== options.expectedCount) {
    throw new TopologyError(
      `expected exactly ${options.expectedCount} counties with ids ${options.statePrefix}xxx, found ${picked.length}`,
    );
  }

  const sourceArcs = topo.arcs;
  const newIndex = new Map<number, number>();
  const arcs: number[][][] = [];
  const remap = (index: number, where: string): number => {
    let mapped = newIndex.get(index);
    if (mapped === undefined) {
      const arc = sourceArcs[index];
      if (!arc)
        throw new TopologyError(
          `${where}: arc ${index} is referenced but the topology has only ${sourceArcs.length} arcs`,
        );
      mapped = arcs.length;
      arcs.push(arc);
      newIndex.set(index, mapped);
    }
    return mapped;
  };

  const geometries = picked
    .slice()
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .map((g) => {
      const where = `county ${String(g.id)}`;
      if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
        throw new TopologyError(
          `${where}: geometry type must be Polygon or MultiPolygon, got ${String(g.type)}`,
        );
      }
      const name = g.properties?.name;
      if (typeof name !== 'string' || name.length === 0)
        throw new TopologyError(`${where}: missing properties.name`);
      return { type: g.type, id: String(g.id), properties: { name }, arcs: mapArcRefs(g.arcs, remap, where) };
    });

  return {
    type: 'Topology',
    ...(topo.transform ? { transform: topo.transform } : {}),
    arcs,
    objects: { counties: { type: 'GeometryCollection', geometries } },
  };
}
