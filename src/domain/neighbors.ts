import { neighbors as topoNeighbors } from 'topojson-client';
import type { CountyShape, CountyTopology } from './geo.ts';

export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Record<Direction, [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/** Counties that share a border, by FIPS, from the topology's shared arcs. */
export function adjacency(topology: CountyTopology): Map<string, string[]> {
  const geometries = topology.objects.counties.geometries;
  const lists = topoNeighbors(geometries);
  const result = new Map<string, string[]>();
  geometries.forEach((geometry, i) => {
    result.set(
      String(geometry.id),
      (lists[i] ?? []).map((j) => String(geometries[j]?.id)),
    );
  });
  return result;
}

/**
 * The bordering county that lies most nearly in `direction` from `from` (screen coordinates, y down),
 * within 75° of it; if no bordering county lies that way (a coastal or border county), the nearest
 * county of the whole map within that cone, so arrows never dead-end while a county exists that way.
 */
export function neighborInDirection(
  from: string,
  direction: Direction,
  shapes: ReadonlyMap<string, CountyShape>,
  adjacent: ReadonlyMap<string, readonly string[]>,
): string | null {
  const origin = shapes.get(from);
  if (!origin) return null;
  const [vx, vy] = VECTORS[direction];
  const maxAngle = (75 * Math.PI) / 180;

  const best = (candidates: Iterable<string>): string | null => {
    let chosen: string | null = null;
    let bestScore = Infinity;
    for (const fips of candidates) {
      if (fips === from) continue;
      const shape = shapes.get(fips);
      if (!shape) continue;
      const dx = shape.centroid[0] - origin.centroid[0];
      const dy = shape.centroid[1] - origin.centroid[1];
      const distance = Math.hypot(dx, dy);
      if (distance === 0) continue;
      const angle = Math.acos(Math.max(-1, Math.min(1, (dx * vx + dy * vy) / distance)));
      if (angle > maxAngle) continue;
      // Favour the straightest line first, then closeness.
      const score = angle * 2 + distance / 100;
      if (score < bestScore) {
        bestScore = score;
        chosen = fips;
      }
    }
    return chosen;
  };

  return best(adjacent.get(from) ?? []) ?? best(shapes.keys());
}
