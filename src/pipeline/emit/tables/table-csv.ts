/**
 * The full tables as CSV: one indicator at one level (every period, with its parts), and the
 * publisher's file as released. Formula-safe like every CSV the atlas writes (../csv.ts).
 */
import { toCsv } from '../csv.ts';
import type { TableDataset, TableIndicator } from '../../types.ts';
import { INDICATOR_TABLE_COLUMNS, type IndicatorTableRow } from './indicator-table.ts';

export function indicatorTableCsv(indicator: TableIndicator, level: string, rows: IndicatorTableRow[]): string {
  return toCsv(
    [...INDICATOR_TABLE_COLUMNS],
    rows.map((r) => [r.code, r.name, level, indicator.id, r.period, r.value, r.numerator, r.denominator, r.lower, r.upper, r.status, r.source]),
  );
}

/** The publisher's file: its header and rows unchanged, every cell as text (formula-safe). */
export function releasedFileCsv(table: TableDataset): string {
  const width = table.file.header.length;
  return toCsv(
    table.file.header,
    table.file.rows.map((row) => Array.from({ length: width }, (_, i) => row.cells[i] ?? '')),
  );
}
