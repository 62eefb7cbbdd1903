import { describe, expect, it } from 'vitest';
import { postcodesToAreas, type PostcodeTableSpec } from '../../../src/pipeline/convert/postcodes-to-areas.ts';
import type { PostcodeLocator, PostcodeMatch } from '../../../src/pipeline/convert/postcode-locator.ts';
import type { CsvTable } from '../../../src/pipeline/read/read-csv-table.ts';

function table(header: string[], rows: string[][]): CsvTable {
  return { file: 'datasets/visits/visits.csv', header, headerLine: 1, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
}

/** LE1 1AA and LE1 1AB are in A, LE2 2AA in B, LE3 3AA was terminated (last in B), NG1 1AA is outside. */
const known: Record<string, PostcodeMatch> = {
  LE11AA: { status: 'matched', area: 'A', terminated: false },
  LE11AB: { status: 'matched', area: 'A', terminated: false },
  LE22AA: { status: 'matched', area: 'B', terminated: false },
  LE33AA: { status: 'matched', area: 'B', terminated: true },
  NG11AA: { status: 'outside', terminated: false },
};
const locate: PostcodeLocator = (key) => known[key] ?? { status: 'not-found' };

const counts: PostcodeTableSpec = { postcodeColumn: 'Postcode', keyColumns: ['Year'], countColumns: ['Visits'], countRecords: false, terminated: 'include' };

describe('postcodesToAreas', () => {
  const input = table(
    ['Postcode', 'Year', 'Visits', 'Name'],
    [
      ['LE1 1AA', '2023', '3', 'private'],
      ['le11ab', '2023', '4', 'private'],
      ['LE1  1AA', '2024', '5', 'private'],
      ['LE2 2AA', '2023', '1,000', 'private'], // a thousands separator, as a CSV reader leaves it
      ['LE3 3AA', '2023', '2', 'private'],
      ['NG1 1AA', '2023', '7', 'private'],
      ['LE9 9ZZ', '2023', '8', 'private'],
      ['not known', '2023', '9', 'private'],
      ['', '2023', '1', 'private'],
    ],
  );
  const result = postcodesToAreas(input, counts, locate);

  it('sums counts per area and key column, sorted, keeping no other column', () => {
    expect(result.problems).toEqual([]);
    expect(result.table!.header).toEqual(['area_code', 'Year', 'Visits']);
    expect(result.table!.rows.map((r) => r.cells)).toEqual([
      ['A', '2023', '7'],
      ['A', '2024', '5'],
      ['B', '2023', '1002'],
    ]);
    // Each area row points at the first line that contributed to it.
    expect(result.table!.rows.map((r) => r.line)).toEqual([2, 4, 5]);
  });

  it('reports matched, unmatched, terminated and invalid rows, and preserves the total', () => {
    expect(result.report).toEqual({
      rows: 9,
      matched: { rows: 5, postcodes: 4 },
      terminated: { rows: 1, postcodes: 1, counted: true, excluded: 0 },
      unmatched: { rows: 2, postcodes: 2, not_in_reference: 1, outside_areas: 1 },
      invalid: { rows: 2 },
      totals: { Visits: { input: 1039, matched: 1014, not_matched: 25 } },
    });
    expect(result.report.matched.rows + result.report.unmatched.rows + result.report.invalid.rows + result.report.terminated.excluded).toBe(result.report.rows);
  });

  it('lists the unmatched and invalid postcodes for the contributor, with their first line', () => {
    expect(result.unmatched).toEqual([
      { postcode: '', reason: 'invalid', rows: 1, line: 10 },
      { postcode: 'not known', reason: 'invalid', rows: 1, line: 9 },
      { postcode: 'LE9 9ZZ', reason: 'not-in-reference', rows: 1, line: 8 },
      { postcode: 'NG1 1AA', reason: 'outside-areas', rows: 1, line: 7 },
    ]);
  });

  it('leaves terminated postcodes out when asked', () => {
    const excluded = postcodesToAreas(input, { ...counts, terminated: 'exclude' }, locate);
    expect(excluded.table!.rows.map((r) => r.cells)).toContainEqual(['B', '2023', '1000']);
    expect(excluded.report.terminated).toEqual({ rows: 1, postcodes: 1, counted: false, excluded: 1 });
    expect(excluded.unmatched).toContainEqual({ postcode: 'LE3 3AA', reason: 'terminated', rows: 1, line: 6 });
  });

  it('counts records, one per row, when the rows are records', () => {
    const records = table(['postcode', 'type'], [['LE1 1AA', 'x'], ['LE1 1AB', 'y'], ['LE2 2AA', 'x'], ['LE9 9ZZ', 'x']]);
    const result = postcodesToAreas(records, { postcodeColumn: 'postcode', keyColumns: ['type'], countColumns: [], countRecords: true, terminated: 'include' }, locate);
    expect(result.table!.header).toEqual(['area_code', 'type', 'records']);
    expect(result.table!.rows.map((r) => r.cells)).toEqual([['A', 'x', '1'], ['A', 'y', '1'], ['B', 'x', '1']]);
    expect(result.report.totals).toEqual({ records: { input: 4, matched: 3, not_matched: 1 } });
  });

  it('makes an area unknown (..), not a partial sum, when one of its counts is a status marker', () => {
    const marked = table(['Postcode', 'Year', 'Visits'], [['LE1 1AA', '2023', '3'], ['LE1 1AB', '2023', '*'], ['LE2 2AA', '2023', '2']]);
    expect(postcodesToAreas(marked, counts, locate).table!.rows.map((r) => r.cells)).toEqual([['A', '2023', '..'], ['B', '2023', '2']]);
  });

  it('stops on a count that is not a number, naming the line, and on a missing column', () => {
    const bad = table(['Postcode', 'Year', 'Visits'], [['LE1 1AA', '2023', 'three'], ['LE1 1AB', '2023', '-1']]);
    expect(postcodesToAreas(bad, counts, locate).problems.map((p) => [p.line, p.message])).toEqual([
      [2, '"three" in column "Visits" is not a count'],
      [3, '"-1" in column "Visits" is not a count'],
    ]);
    expect(postcodesToAreas(bad, { ...counts, postcodeColumn: 'Post code' }, locate).problems[0]!.message).toBe('column "Post code" is not in the file');
  });
});
