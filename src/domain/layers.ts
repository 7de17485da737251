import type { ClassDef, Dataset } from './dataset.ts';
import type { CoreCell } from './dataset-split.ts';

export const LAYERS = ['stance', 'detainer', 'sheriff'] as const;
export type Layer = (typeof LAYERS)[number];

export const isLayer = (value: string): value is Layer => (LAYERS as readonly string[]).includes(value);

/** The sheriff layer colours by party; the dataset's codes are the state board's (DEM, REP, UNA). */
export const SHERIFF_CLASSES: readonly ClassDef[] = [
  { id: 'DEM', label: 'Democrat', description: 'Sheriff elected or appointed as a Democrat.' },
  { id: 'REP', label: 'Republican', description: 'Sheriff elected or appointed as a Republican.' },
  { id: 'UNA', label: 'Unaffiliated', description: 'Sheriff registered as unaffiliated.' },
  { id: 'unknown', label: 'Not known', description: 'No source names the sheriff or party at this date.' },
];

export function classIdOf(cell: CoreCell, layer: Layer): string {
  if (layer === 'stance') return cell.stance;
  if (layer === 'detainer') return cell.detainer;
  return cell.party ?? 'unknown';
}

export function classesFor(dataset: Pick<Dataset, 'classes'>, layer: Layer): readonly ClassDef[] {
  return layer === 'sheriff' ? (dataset.classes.sheriff ?? SHERIFF_CLASSES) : dataset.classes[layer];
}

/** Counties per class, in the layer's class order, zeros included so the legend never jumps. */
export function countByClass(
  cells: readonly CoreCell[],
  classes: readonly ClassDef[],
  layer: Layer,
): Map<string, number> {
  const counts = new Map<string, number>(classes.map((c) => [c.id, 0]));
  for (const cell of cells) {
    const id = classIdOf(cell, layer);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export interface ClassChange {
  fips: string;
  from: string;
  to: string;
}

/**
 * Counties whose class differs from the previous step. On the sheriff layer a change is a new
 * sheriff (the person, not only the party), which is what readers ask about after an election.
 */
export function changesSince(
  previous: readonly CoreCell[] | undefined,
  current: readonly CoreCell[],
  layer: Layer,
): ClassChange[] {
  if (!previous) return [];
  const before = new Map(previous.map((cell) => [cell.fips, cell]));
  const changes: ClassChange[] = [];
  for (const cell of current) {
    const old = before.get(cell.fips);
    if (!old) continue;
    const from = classIdOf(old, layer);
    const to = classIdOf(cell, layer);
    const changed = layer === 'sheriff' ? cell.sheriffNew : from !== to;
    if (changed) changes.push({ fips: cell.fips, from, to });
  }
  return changes;
}

export interface ChangeGroup {
  from: string;
  to: string;
  count: number;
}

/** Groups changes by (from → to), largest group first, ties in class order. */
export function groupChanges(changes: readonly ClassChange[], classes: readonly ClassDef[]): ChangeGroup[] {
  const order = new Map(classes.map((c, i) => [c.id, i]));
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const key = `${change.from}→${change.to}`;
    const group = groups.get(key) ?? { from: change.from, to: change.to, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.count - a.count ||
      (order.get(a.from) ?? 99) - (order.get(b.from) ?? 99) ||
      (order.get(a.to) ?? 99) - (order.get(b.to) ?? 99),
  );
}
