import { describe, expect, it } from 'vitest';
import { tableExtract } from '../../../src/pipeline/emit/table-extract.ts';
import type { ViewRow } from '../../../src/pipeline/emit/indicator-view.ts';

const row = (code: string, value: number | null): ViewRow => ({ code, name: code, value, status: value === null ? 'suppressed' : 'value', display: String(value), classIndex: null });

describe('tableExtract', () => {
  it('shows every row up to the limit', () => {
    const rows = [row('A', 1), row('B', null)];
    expect(tableExtract(rows, 'wards', 2)).toEqual({ rows, note: null });
  });

  it('shows the highest and lowest values of a long table, and says so', () => {
    const rows = [row('A', 5), row('B', 1), row('C', null), row('D', 3), row('E', 4), row('F', 2)];
    const extract = tableExtract(rows, 'LSOAs', 4, 2);
    expect(extract.rows.map((r) => r.code)).toEqual(['A', 'E', 'F', 'B']);
    expect(extract.note).toBe('The 2 highest and 2 lowest of 6 LSOAs; every row is in the CSV download.');
  });

  it('never repeats a row when there are few values', () => {
    const rows = [row('A', 5), row('B', null), row('C', null)];
    expect(tableExtract(rows, 'LSOAs', 2, 2).rows.map((r) => r.code)).toEqual(['A']);
  });
});
