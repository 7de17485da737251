import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../scripts/dataset/csv.ts';

describe('csv', () => {
  it('round-trips quotes, commas and newlines', () => {
    const text = toCsv(['a', 'b'], [{ a: 'x, "y"', b: 'line1\nline2' }]);
    expect(parseCsv(text).rows).toEqual([{ a: 'x, "y"', b: 'line1\nline2' }]);
  });
});
