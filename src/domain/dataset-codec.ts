import type { Basis, Party } from './dataset.ts';
import type { CoreCell, DatasetCore } from './dataset-split.ts';

/**
 * The first view's dataset as shipped to the browser (src/data/dataset-core.json): the same
 * content as DatasetCore, with each cell written as a row of indexes into value tables instead of
 * an object of repeated keys and strings (about 35% smaller gzipped). Every step lists the
 * counties in the same order, `fips`. decodeDatasetCore gives the app back the DatasetCore shape.
 */
export interface EncodedDatasetCore extends Omit<DatasetCore, 'cells'> {
  /** County FIPS in the order of every step's rows. */
  fips: string[];
  /** The values the rows index into. */
  values: {
    stance: string[];
    detainer: string[];
    basis: Basis[];
    party: (Party | null)[];
    sheriff: (string | null)[];
  };
  /** Per step, one row per county: the indexes of CELL_COLUMNS' values, sheriffNew as 0 or 1. */
  cells: Record<string, number[][]>;
}

/** What each position of an encoded row holds (and which value table it indexes). */
export const CELL_COLUMNS = [
  ['stance', 'stance'],
  ['detainer', 'detainer'],
  ['basis', 'basis'],
  ['stanceBasis', 'basis'],
  ['detainerBasis', 'basis'],
  ['sheriff', 'sheriff'],
  ['party', 'party'],
] as const satisfies readonly (readonly [keyof CoreCell, keyof EncodedDatasetCore['values']])[];

export function encodeDatasetCore(core: DatasetCore): EncodedDatasetCore {
  const values: EncodedDatasetCore['values'] = {
    stance: [],
    detainer: [],
    basis: [],
    party: [],
    sheriff: [],
  };
  const index = <T>(table: T[], value: T): number => {
    const found = table.indexOf(value);
    return found >= 0 ? found : table.push(value) - 1;
  };
  const { cells, ...rest } = core;
  const fips = Object.values(cells)[0]?.map((c) => c.fips) ?? [];
  const encoded: Record<string, number[][]> = {};
  for (const [step, rows] of Object.entries(cells)) {
    if (rows.map((c) => c.fips).join() !== fips.join())
      throw new Error(`encodeDatasetCore: step ${step} lists the counties in another order`);
    encoded[step] = rows.map((cell) => [
      ...CELL_COLUMNS.map(([key, table]) => index<unknown>(values[table], cell[key])),
      cell.sheriffNew ? 1 : 0,
    ]);
  }
  return { ...rest, fips, values, cells: encoded };
}

export function decodeDatasetCore(encoded: EncodedDatasetCore): DatasetCore {
  const { fips, values, cells, ...rest } = encoded;
  const decoded: Record<string, CoreCell[]> = {};
  for (const [step, rows] of Object.entries(cells)) {
    decoded[step] = rows.map((row, i) => {
      const at = <T>(table: readonly T[], column: number): T => table[row[column] ?? -1] as T;
      return {
        fips: fips[i] ?? '',
        stance: at(values.stance, 0),
        detainer: at(values.detainer, 1),
        basis: at(values.basis, 2),
        stanceBasis: at(values.basis, 3),
        detainerBasis: at(values.basis, 4),
        sheriff: at(values.sheriff, 5),
        party: at(values.party, 6),
        sheriffNew: row[7] === 1,
      };
    });
  }
  return { ...rest, cells: decoded };
}
