import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../src/pipeline/read/read-csv-table.ts';

const noLayout = { skipLines: 0, footerLines: 0 };

describe('readCsvTable', () => {
  it('reads CRLF files and keeps each row\'s line number', () => {
    const { table, problems } = readCsvTable('code,value\r\nA,1\r\nB,"1,928"\r\n', 'f.csv', noLayout);
    expect(problems).toEqual([]);
    expect(table!.header).toEqual(['code', 'value']);
    expect(table!.rows).toEqual([
      { line: 2, cells: ['A', '1'] },
      { line: 3, cells: ['B', '1,928'] },
    ]);
  });

  it('strips a byte-order mark from the first header', () => {
    const { table } = readCsvTable('\uFEFFcode,value\nA,1\n', 'f.csv', noLayout);
    expect(table!.header[0]).toBe('code');
  });

  it('skips title lines above the header and footnotes below the table', () => {
    const text = 'Table 1: made-up\nNote: provisional\ncode,value\nA,1\nB,2\nSource: nobody\n';
    const { table } = readCsvTable(text, 'f.csv', { skipLines: 2, footerLines: 1 });
    expect(table!.headerLine).toBe(3);
    expect(table!.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [4, 'A', '1'],
      [5, 'B', '2'],
    ]);
  });

  it('reports a ragged row with its line and keeps reading', () => {
    const { table, problems } = readCsvTable('code,value\nA,1\nB,2,3\nC,4\n', 'f.csv', noLayout);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'f.csv', line: 3 });
    expect(problems[0]!.message).toContain('3 cells but the header has 2');
    expect(table!.rows.map((r) => r.cells[0])).toEqual(['A', 'C']);
  });

  it('reports a stray quote with its line instead of throwing', () => {
    const { table, problems } = readCsvTable('code,value\nA,1\nB,"2"x\n', 'f.csv', noLayout);
    expect(table).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: 'f.csv', line: 3 });
    expect(problems[0]!.message).toMatch(/quote/);
  });

  it('reports a repeated column name', () => {
    const { problems } = readCsvTable('code,value,value\nA,1,2\n', 'f.csv', noLayout);
    expect(problems[0]!.message).toContain('repeats the column "value"');
  });
});
