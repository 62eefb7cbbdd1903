/**
 * A postcode lookup in the ONS NSPL/ONSPD layout: one row per postcode, with its area codes in
 * columns such as `lsoa11`, `lsoa21`, `msoa11`, `msoa21`, `osward`/`ward`, `laua`, and `doterm`
 * (the month it was terminated, blank while it is live). Terminated postcodes keep the areas
 * they last belonged to, so old records still find their area.
 */
import type { CsvTable } from '../read/read-csv-table.ts';
import type { Problem } from '../validate/atlas-error.ts';
import { normalisePostcode } from './normalise-postcode.ts';
import type { PostcodeLocator } from './postcode-locator.ts';

export interface LookupColumns {
  postcode: string;
  area: string;
  /** Blank while a postcode is live; absent when the file does not say. */
  terminated?: string | undefined;
}

interface Entry {
  area: string;
  terminated: boolean;
  line: number;
}

/**
 * Indexes a lookup table by postcode. `areaCodes` are the level's codes: a postcode whose area is
 * blank or not one of them is `outside`. A postcode listed twice with different areas is a
 * problem (which one would be right?); listed twice the same way, it is harmless.
 */
export function postcodeLookup(table: CsvTable, columns: LookupColumns, areaCodes: ReadonlySet<string>): { locate: PostcodeLocator; problems: Problem[] } {
  const problems: Problem[] = [];
  const index = (name: string) => table.header.indexOf(name);
  const postcodeIndex = index(columns.postcode);
  const areaIndex = index(columns.area);
  const terminatedIndex = columns.terminated === undefined ? -1 : index(columns.terminated);
  for (const [name, i] of [[columns.postcode, postcodeIndex], [columns.area, areaIndex], [columns.terminated, terminatedIndex]] as const) {
    if (name !== undefined && i < 0) {
      problems.push({ file: table.file, line: table.headerLine, message: `the postcode lookup has no column "${name}"`, fix: `Name one of its columns: ${table.header.join(', ')}.` });
    }
  }
  const entries = new Map<string, Entry>();
  if (problems.length > 0) return { locate: () => ({ status: 'not-found' }), problems };
  for (const row of table.rows) {
    const postcode = normalisePostcode(row.cells[postcodeIndex] ?? '');
    if (!postcode) continue; // lookups carry a few non-postcode rows; they can never match anyway
    const entry = { area: (row.cells[areaIndex] ?? '').trim(), terminated: terminatedIndex >= 0 && (row.cells[terminatedIndex] ?? '').trim() !== '', line: row.line };
    const earlier = entries.get(postcode.key);
    if (earlier && earlier.area !== entry.area) {
      problems.push({ file: table.file, line: row.line, message: `postcode ${postcode.display} is also on line ${earlier.line} with a different area (${earlier.area || 'blank'} there, ${entry.area || 'blank'} here)`, fix: 'Keep one row per postcode.' });
      continue;
    }
    if (!earlier) entries.set(postcode.key, entry);
  }
  const locate: PostcodeLocator = (key) => {
    const entry = entries.get(key);
    if (!entry) return { status: 'not-found' };
    return areaCodes.has(entry.area) ? { status: 'matched', area: entry.area, terminated: entry.terminated } : { status: 'outside', terminated: entry.terminated };
  };
  return { locate, problems };
}
