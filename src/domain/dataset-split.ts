import type { Cell, Dataset, Fact, Source } from './dataset.ts';

/**
 * The first view needs only each county's classes and sheriff; the evidence (facts, sources, notes,
 * terms) is needed when a county card opens. Splitting the dataset keeps the evidence out of the
 * first download (the budget is 100 KB of JavaScript, gzipped).
 */
export const CORE_CELL_KEYS = [
  'fips',
  'stance',
  'detainer',
  'basis',
  'stanceBasis',
  'detainerBasis',
  'sheriff',
  'party',
  'sheriffNew',
] as const;

export type CoreCell = Pick<Cell, (typeof CORE_CELL_KEYS)[number]>;
export type CellDetail = Omit<Cell, Exclude<(typeof CORE_CELL_KEYS)[number], 'fips'>>;

export interface DatasetCore extends Omit<Dataset, 'cells' | 'facts' | 'statewideFacts' | 'sources'> {
  cells: Record<string, CoreCell[]>;
  /** Only the sources the steps cite (for the step card). */
  sources: Source[];
}

export interface DatasetDetail {
  sources: Source[];
  facts: Fact[];
  statewideFacts: Fact[];
  /** Same order as the core cells of each step. */
  cells: Record<string, CellDetail[]>;
}

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Pick<T, K> {
  const result = {} as Pick<T, K>;
  for (const key of keys) if (key in object) result[key] = object[key];
  return result;
}

export function splitDataset(dataset: Dataset): { core: DatasetCore; detail: DatasetDetail } {
  const coreKeys = new Set<string>(CORE_CELL_KEYS);
  const stepSourceIds = new Set(dataset.steps.flatMap((s) => s.sourceIds));
  const cellsCore: Record<string, CoreCell[]> = {};
  const cellsDetail: Record<string, CellDetail[]> = {};
  for (const [step, stepCells] of Object.entries(dataset.cells)) {
    cellsCore[step] = stepCells.map((cell) => pick(cell, CORE_CELL_KEYS));
    cellsDetail[step] = stepCells.map(
      (cell) =>
        Object.fromEntries(
          Object.entries(cell).filter(([key]) => key === 'fips' || !coreKeys.has(key)),
        ) as unknown as CellDetail,
    );
  }
  const { cells, facts, statewideFacts, sources, ...rest } = dataset;
  return {
    core: { ...rest, cells: cellsCore, sources: sources.filter((s) => stepSourceIds.has(s.id)) },
    detail: { sources, facts, statewideFacts: statewideFacts ?? [], cells: cellsDetail },
  };
}

/** The full cell of one county at one step, from its two halves. */
export function joinCell(core: CoreCell, detail: CellDetail | undefined): Cell | null {
  if (!detail || detail.fips !== core.fips) return null;
  return { ...detail, ...core };
}
