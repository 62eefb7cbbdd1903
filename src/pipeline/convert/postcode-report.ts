/**
 * The conversion report: what became of every row of postcode data. The counts (PostcodeReport)
 * may be published (build-report.json, the report file `npm run postcodes` writes beside the
 * counts); the list of unmatched postcodes (UnmatchedPostcode) is for the contributor only and
 * goes to the terminal, or to a file they name, never into the site.
 */
import { inSentence } from '../emit/in-sentence.ts';

export interface RowsAndPostcodes {
  rows: number;
  /** Distinct postcodes. */
  postcodes: number;
}

/**
 * What happened to every row. Counts only: no postcode is listed, so it may be published.
 * rows = matched.rows + unmatched.rows + invalid.rows + terminated.excluded.
 */
export interface PostcodeReport {
  rows: number;
  /** Rows counted into an area (terminated postcodes included when they are counted). */
  matched: RowsAndPostcodes;
  /**
   * Rows whose postcode the reference marks as terminated, whatever became of them: counted in
   * its last area when `counted`, else left out (`excluded` rows).
   */
  terminated: RowsAndPostcodes & { counted: boolean; excluded: number };
  /** Postcodes not in the reference at all, or in it but in none of the level's areas. */
  unmatched: RowsAndPostcodes & { not_in_reference: number; outside_areas: number };
  /** Rows whose postcode cell is blank or not shaped like a postcode. */
  invalid: { rows: number };
  /** Sums of each count column (and `records`) over all rows, and over the rows counted. */
  totals: Record<string, { input: number; matched: number; not_matched: number }>;
}

/** For the contributor only (terminal, or a file kept out of the repository): never published. */
export interface UnmatchedPostcode {
  /** The normalised postcode, or the cell as written when it is not a postcode. */
  postcode: string;
  reason: 'not-in-reference' | 'outside-areas' | 'terminated' | 'invalid';
  rows: number;
  /** First line of the input where it appears. */
  line: number;
}

/** The report as the build and build-report.json carry it: which dataset, level and reference. */
export interface PostcodeConversionSummary extends PostcodeReport {
  dataset: string;
  level: string;
  method: 'lookup' | 'centroids';
  /** The lookup or centroids file, as named in the metadata (relative to geography/). */
  reference: string;
}

const number = (n: number) => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many = `${one}s`) => `${number(n)} ${n === 1 ? one : many}`;

/** A few lines for a person: what was counted, what was not and why. */
export function formatPostcodeReport(report: PostcodeReport, levelPlural: string): string[] {
  const areas = inSentence(levelPlural);
  const lines = [
    `${plural(report.rows, 'row')}: ${number(report.matched.rows)} counted into ${areas} (${plural(report.matched.postcodes, 'postcode')})`,
    `  unmatched: ${plural(report.unmatched.rows, 'row')} (${plural(report.unmatched.postcodes, 'postcode')}): ${number(report.unmatched.not_in_reference)} not in the reference, ${number(report.unmatched.outside_areas)} outside the atlas's ${areas}`,
    `  invalid: ${plural(report.invalid.rows, 'row')} with a blank or malformed postcode`,
    `  terminated: ${plural(report.terminated.rows, 'row')} (${plural(report.terminated.postcodes, 'postcode')}), ${report.terminated.counted ? 'counted in the area they last belonged to' : `left out (${number(report.terminated.excluded)} rows)`}`,
  ];
  for (const [column, total] of Object.entries(report.totals)) {
    lines.push(`  total of "${column}": ${number(total.input)} in the file, ${number(total.matched)} counted, ${number(total.not_matched)} not counted`);
  }
  return lines;
}

const REASONS: Record<UnmatchedPostcode['reason'], string> = {
  'not-in-reference': 'not in the reference',
  'outside-areas': 'outside every area',
  terminated: 'terminated (left out)',
  invalid: 'not a postcode',
};

/** The unmatched postcodes, one a line, at most `limit` (for the terminal). */
export function formatUnmatchedPostcodes(list: readonly UnmatchedPostcode[], limit = Infinity): string[] {
  const shown = list.slice(0, limit).map((u) => `  ${u.postcode === '' ? '(blank)' : u.postcode}  ${REASONS[u.reason]}, ${plural(u.rows, 'row')}, first on line ${u.line}`);
  if (list.length > limit) shown.push(`  ... and ${number(list.length - limit)} more`);
  return shown;
}
