/**
 * Postcode centroids located in a level's boundaries: each postcode's point (latitude and
 * longitude, or British National Grid eastings and northings) is looked up in the polygon index.
 * Postcodes without a usable location (the NSPL writes latitude 99.999999 and a blank grid
 * reference for those it cannot place) are `outside`: found, but in no area.
 */
import type { CsvTable } from '../read/read-csv-table.ts';
import type { Problem } from '../validate/atlas-error.ts';
import { bngToLonLat, onNationalGrid } from './british-national-grid.ts';
import { normalisePostcode } from './normalise-postcode.ts';
import type { PostcodeLocator } from './postcode-locator.ts';
import { locatePoint, type PolygonIndex } from './polygon-index.ts';

export type CentroidColumns =
  | { postcode: string; latitude: string; longitude: string; terminated?: string | undefined }
  | { postcode: string; easting: string; northing: string; terminated?: string | undefined };

interface Entry {
  /** [longitude, latitude], or null when the file gives no usable location. */
  point: [number, number] | null;
  terminated: boolean;
  /** The area, once located (undefined until first asked for). */
  area?: string | null;
}

export function postcodeCentroids(table: CsvTable, columns: CentroidColumns, boundaries: PolygonIndex): { locate: PostcodeLocator; problems: Problem[] } {
  const problems: Problem[] = [];
  const grid = 'easting' in columns;
  const names = [columns.postcode, ...(grid ? [columns.easting, columns.northing] : [columns.longitude, columns.latitude]), columns.terminated];
  const [postcodeIndex, xIndex, yIndex, terminatedIndex] = names.map((name) => (name === undefined ? -1 : table.header.indexOf(name)));
  for (const name of names) {
    if (name !== undefined && table.header.indexOf(name) < 0) {
      problems.push({ file: table.file, line: table.headerLine, message: `the postcode centroids file has no column "${name}"`, fix: `Name one of its columns: ${table.header.join(', ')}.` });
    }
  }
  if (problems.length > 0) return { locate: () => ({ status: 'not-found' }), problems };
  const entries = new Map<string, Entry>();
  for (const row of table.rows) {
    const postcode = normalisePostcode(row.cells[postcodeIndex!] ?? '');
    if (!postcode || entries.has(postcode.key)) continue;
    const x = Number((row.cells[xIndex!] ?? '').trim() || NaN);
    const y = Number((row.cells[yIndex!] ?? '').trim() || NaN);
    const terminated = terminatedIndex! >= 0 && (row.cells[terminatedIndex!] ?? '').trim() !== '';
    let point: [number, number] | null = null;
    if (Number.isFinite(x) && Number.isFinite(y)) {
      if (grid) point = x > 0 && y > 0 && onNationalGrid(x, y) ? bngToLonLat(x, y) : null;
      else point = Math.abs(y) <= 90 && Math.abs(x) <= 180 ? [x, y] : null;
    }
    entries.set(postcode.key, { point, terminated });
  }
  // Points are located when first asked for: a dataset usually names a small part of the file.
  const locate: PostcodeLocator = (key) => {
    const entry = entries.get(key);
    if (!entry) return { status: 'not-found' };
    if (entry.area === undefined) entry.area = entry.point ? locatePoint(boundaries, entry.point[0], entry.point[1]) : null;
    return entry.area === null ? { status: 'outside', terminated: entry.terminated } : { status: 'matched', area: entry.area, terminated: entry.terminated };
  };
  return { locate, problems };
}
