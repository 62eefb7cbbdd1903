/**
 * Which rows an indicator page's HTML table shows. Up to `limit` areas, all of them. Beyond that
 * (32,844 LSOAs make a 4.7 MB page), the highest and lowest `each` by value, in value order,
 * and the page says so: every row is still in the CSV download and on the area pages.
 */
import type { ViewRow } from './indicator-view.ts';

export interface TableExtract {
  rows: ViewRow[];
  /** A sentence for the caption when the table is an extract, else null. */
  note: string | null;
}

export function tableExtract(rows: ViewRow[], levelPlural: string, limit = 1000, each = 25): TableExtract {
  if (rows.length <= limit) return { rows, note: null };
  const valued = rows.filter((r) => r.value !== null).sort((a, b) => b.value! - a.value! || a.code.localeCompare(b.code));
  const highest = valued.slice(0, each);
  const lowest = valued.slice(Math.max(each, valued.length - each));
  const total = rows.length.toLocaleString('en-GB');
  return {
    rows: [...highest, ...lowest],
    note: `The ${highest.length} highest and ${lowest.length} lowest of ${total} ${levelPlural}; every row is in the CSV download.`,
  };
}
