/**
 * Postcode data (one row per record, or counts per postcode) to counts per area:
 *
 *   each row ──► normalise its postcode ──► locate it (lookup or centroids)
 *            ──► matched: add its counts to (area, key columns) ──► one row per area and key
 *            ──► otherwise: counted in the report, left out of the counts
 *
 * Key columns (the period, a long file's indicator column, breakdowns) are kept as they are;
 * count columns are summed; with `countRecords` every row also counts one in a `records`
 * column. A count cell with a status marker rather than a number makes its area's sum unknown
 * (`..`), never a partial sum. The output is a table like any publisher's area-level file, so
 * the rest of the pipeline treats it the same way; the postcodes themselves go no further.
 */
import type { CsvRow, CsvTable } from '../read/read-csv-table.ts';
import type { Problem } from '../validate/atlas-error.ts';
import { parseCell } from '../normalise/parse-cell.ts';
import { normalisePostcode } from './normalise-postcode.ts';
import type { PostcodeLocator } from './postcode-locator.ts';
import type { PostcodeReport, UnmatchedPostcode } from './postcode-report.ts';

export const AREA_COLUMN = 'area_code';
export const RECORDS_COLUMN = 'records';

export interface PostcodeTableSpec {
  postcodeColumn: string;
  /** Columns kept as they are, so counts are made per area and each combination of these. */
  keyColumns: string[];
  /** Columns holding counts per postcode, summed per area. */
  countColumns: string[];
  /** Each row is one record: add a `records` column counting rows. */
  countRecords: boolean;
  /** Whether terminated postcodes count in the area they last belonged to. */
  terminated: 'include' | 'exclude';
}

export interface PostcodeConversion {
  table?: CsvTable;
  report: PostcodeReport;
  unmatched: UnmatchedPostcode[];
  problems: Problem[];
}

interface Group {
  area: string;
  keys: string[];
  sums: (number | null)[];
  line: number;
}

export function postcodesToAreas(input: CsvTable, spec: PostcodeTableSpec, locate: PostcodeLocator): PostcodeConversion {
  const problems: Problem[] = [];
  const countNames = [...spec.countColumns, ...(spec.countRecords ? [RECORDS_COLUMN] : [])];
  const report = emptyReport(spec, countNames);
  const columnIndex = (name: string) => {
    const index = input.header.indexOf(name);
    if (index < 0) problems.push({ file: input.file, line: input.headerLine, message: `column "${name}" is not in the file`, fix: `Use a column name exactly as in the header: ${input.header.map((h) => `"${h}"`).join(', ')}.` });
    return index;
  };
  const postcodeIndex = columnIndex(spec.postcodeColumn);
  const keyIndices = spec.keyColumns.map(columnIndex);
  const countIndices = spec.countColumns.map(columnIndex);
  const outputNames = [AREA_COLUMN, ...spec.keyColumns, ...countNames];
  const clash = outputNames.find((name, i) => outputNames.indexOf(name) !== i);
  if (clash !== undefined) {
    problems.push({ file: input.file, line: input.headerLine, message: `the column name "${clash}" would appear twice in the counts per area`, fix: `Rename the column: "${AREA_COLUMN}" and "${RECORDS_COLUMN}" are the names of the columns the conversion adds, and a column cannot be both kept and summed.` });
  }
  if (problems.length > 0) return { report, unmatched: [], problems };

  const groups = new Map<string, Group>();
  const seen = { matched: new Set<string>(), terminated: new Set<string>(), unmatched: new Set<string>() };
  const misses = new Map<string, UnmatchedPostcode>();
  const miss = (postcode: string, reason: UnmatchedPostcode['reason'], line: number) => {
    const key = `${reason}\u0000${postcode}`;
    const entry = misses.get(key);
    if (entry) entry.rows++;
    else misses.set(key, { postcode, reason, rows: 1, line });
  };

  for (const row of input.rows) {
    report.rows++;
    const counts = readCounts(row, countIndices, spec, input, problems);
    for (let i = 0; i < countNames.length; i++) if (counts[i] !== null) report.totals[countNames[i]!]!.input += counts[i]!;
    const raw = row.cells[postcodeIndex] ?? '';
    const postcode = normalisePostcode(raw);
    if (!postcode) {
      report.invalid.rows++;
      miss(raw.trim(), 'invalid', row.line);
      continue;
    }
    const match = locate(postcode.key);
    const terminated = match.status !== 'not-found' && match.terminated;
    if (terminated) {
      report.terminated.rows++;
      seen.terminated.add(postcode.key);
    }
    if (match.status !== 'matched' || (terminated && spec.terminated === 'exclude')) {
      if (match.status === 'matched') {
        report.terminated.excluded++;
        miss(postcode.display, 'terminated', row.line);
        continue;
      }
      report.unmatched.rows++;
      seen.unmatched.add(postcode.key);
      if (match.status === 'not-found') report.unmatched.not_in_reference++;
      else report.unmatched.outside_areas++;
      miss(postcode.display, match.status === 'not-found' ? 'not-in-reference' : 'outside-areas', row.line);
      continue;
    }
    report.matched.rows++;
    seen.matched.add(postcode.key);
    for (let i = 0; i < countNames.length; i++) if (counts[i] !== null) report.totals[countNames[i]!]!.matched += counts[i]!;
    const keys = keyIndices.map((index) => (row.cells[index] ?? '').trim());
    const groupKey = [match.area, ...keys].join('\u0000');
    const group = groups.get(groupKey);
    if (!group) groups.set(groupKey, { area: match.area, keys, sums: counts, line: row.line });
    else group.sums = group.sums.map((sum, i) => (sum === null || counts[i] === null ? null : sum + counts[i]!));
  }

  report.matched.postcodes = seen.matched.size;
  report.terminated.postcodes = seen.terminated.size;
  report.unmatched.postcodes = seen.unmatched.size;
  for (const total of Object.values(report.totals)) {
    total.input = tidy(total.input);
    total.matched = tidy(total.matched);
    total.not_matched = tidy(total.input - total.matched);
  }
  const unmatched = [...misses.values()].sort((a, b) => compare(a.reason, b.reason) || compare(a.postcode, b.postcode));
  if (problems.length > 0) return { report, unmatched, problems };

  const rows: CsvRow[] = [...groups.values()]
    .sort((a, b) => compare(a.area, b.area) || compareLists(a.keys, b.keys))
    .map((group) => ({ line: group.line, cells: [group.area, ...group.keys, ...group.sums.map((sum) => (sum === null ? '..' : String(tidy(sum))))] }));
  return { table: { file: input.file, header: outputNames, headerLine: input.headerLine, rows }, report, unmatched, problems };
}

/** The row's counts, in output order: null where a cell holds a status marker instead of a number. */
function readCounts(row: CsvRow, countIndices: number[], spec: PostcodeTableSpec, input: CsvTable, problems: Problem[]): (number | null)[] {
  const counts: (number | null)[] = countIndices.map((index) => {
    const raw = row.cells[index] ?? '';
    const cell = parseCell(raw);
    if (cell.status === 'invalid' || (cell.status === 'value' && cell.value < 0)) {
      problems.push({ file: input.file, line: row.line, message: `"${raw}" in column "${input.header[index]}" is not a count`, fix: 'Write a whole number of zero or more, or a status marker (.., *, x, c).' });
      return null;
    }
    return cell.value;
  });
  if (spec.countRecords) counts.push(1);
  return counts;
}

function emptyReport(spec: PostcodeTableSpec, countNames: string[]): PostcodeReport {
  return {
    rows: 0,
    matched: { rows: 0, postcodes: 0 },
    terminated: { rows: 0, postcodes: 0, counted: spec.terminated === 'include', excluded: 0 },
    unmatched: { rows: 0, postcodes: 0, not_in_reference: 0, outside_areas: 0 },
    invalid: { rows: 0 },
    totals: Object.fromEntries(countNames.map((name) => [name, { input: 0, matched: 0, not_matched: 0 }])),
  };
}

/** Sums of decimals drift (0.1 + 0.2); counts are written to 9 decimal places at most. */
function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareLists(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = compare(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return 0;
}
