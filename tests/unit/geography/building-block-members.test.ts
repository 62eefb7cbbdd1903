import { describe, expect, it } from 'vitest';
import { bestFitMembers, customMembers } from '../../../src/pipeline/geography/building-block-members.ts';
import type { CsvTable } from '../../../src/pipeline/read/read-csv-table.ts';

function table(header: string[], rows: string[][]): CsvTable {
  return { file: 'geography/custom/localities.csv', header, headerLine: 1, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
}
const wards = { id: 'ward', codes: new Set(['W1', 'W2', 'W3', 'W4']) };
const columns = { code: 'code', name: 'name', block: 'ward_code' };

describe('customMembers', () => {
  it('groups building blocks by custom area, sorted, with names', () => {
    const read = customMembers(table(['code', 'name', 'ward_code'], [['L2', 'South', 'W4'], ['L1', 'North', 'W2'], ['L1', 'North', 'W1']]), columns, wards);
    expect(read.problems).toEqual([]);
    expect(read.members).toEqual({ L1: ['W1', 'W2'], L2: ['W4'] });
    expect(read.names.get('L1')).toBe('North');
  });

  it('refuses a block in two custom areas, a block of another level, and two names for one area', () => {
    const read = customMembers(
      table(['code', 'name', 'ward_code'], [['L1', 'North', 'W1'], ['L2', 'South', 'W1'], ['L1', 'North', 'E01000001'], ['L1', 'Northern', 'W2'], ['', 'X', 'W3']]),
      columns,
      wards,
    );
    expect(read.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'W1 is already in a custom area on line 2'],
      [4, '"E01000001" is not a ward code'],
      [5, 'custom area L1 is named "North" above but "Northern" here'],
      [6, 'the row has no custom area code ("code")'],
    ]);
  });

  it('names the columns it could not find', () => {
    expect(customMembers(table(['locality', 'ward'], []), columns, wards).problems[0]!.message).toBe('the file has no column "code" or "ward_code" or "name"');
  });
});

describe('bestFitMembers', () => {
  const districtWards = { id: 'neighbourhood', codes: new Set(['A1', 'A2']) };
  it('puts each block in one area and ignores rows for blocks outside the atlas', () => {
    const read = bestFitMembers(table(['building_block', 'code'], [['W1', 'A1'], ['W2', 'A1'], ['W3', 'A2'], ['W4', 'A2'], ['X9', 'Z9']]), { code: 'code', block: 'building_block' }, districtWards, wards);
    expect(read.problems).toEqual([]);
    expect(read.members).toEqual({ A1: ['W1', 'W2'], A2: ['W3', 'W4'] });
  });

  it('refuses a block left in no area, since the areas would silently miss its figures', () => {
    const read = bestFitMembers(table(['building_block', 'code'], [['W1', 'A1'], ['W2', 'A1']]), { code: 'code', block: 'building_block' }, districtWards, wards);
    expect(read.problems.map((p) => p.message)).toEqual(['2 ward areas are in no neighbourhood area (first: W3)']);
  });

  it('refuses a block put in an area that is not in the level, or in two areas', () => {
    const read = bestFitMembers(table(['building_block', 'code'], [['W1', 'A1'], ['W1', 'A2'], ['W2', 'A9'], ['W3', 'A2'], ['W4', 'A2']]), { code: 'code', block: 'building_block' }, districtWards, wards);
    expect(read.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'W1 is put in A2 here but in A1 on line 2'],
      [4, 'W2 is put in "A9", which is not a neighbourhood code'],
      [undefined, '1 ward area is in no neighbourhood area (first: W2)'],
    ]);
  });
});
