/**
 * Turns a reference table (a postcode lookup, or postcode centroids) and the columns the
 * contributor named, or the ONS defaults, into a locator for one level. Shared by the build
 * (metadata `area.postcodes:`) and `npm run postcodes`.
 */
import type { CsvTable } from '../read/read-csv-table.ts';
import type { Problem } from '../validate/atlas-error.ts';
import { postcodeCentroids, type CentroidColumns } from './postcode-centroids.ts';
import { findColumn, POSTCODE_COLUMNS, TERMINATED_COLUMNS, type PostcodeLocator } from './postcode-locator.ts';
import { postcodeLookup } from './postcode-lookup.ts';
import { buildPolygonIndex, type AreaPolygons } from './polygon-index.ts';

export type ReferenceSpec =
  | { method: 'lookup'; postcodeColumn?: string | undefined; areaColumn: string; terminatedColumn?: string | undefined }
  | {
      method: 'centroids';
      postcodeColumn?: string | undefined;
      latitude?: string | undefined;
      longitude?: string | undefined;
      easting?: string | undefined;
      northing?: string | undefined;
      terminatedColumn?: string | undefined;
    };

export interface LevelForPostcodes {
  codes: ReadonlySet<string>;
  /** The level's polygons, read only when centroids need them. */
  polygons: () => AreaPolygons[];
}

export function postcodeLocator(spec: ReferenceSpec, table: CsvTable, level: LevelForPostcodes): { locate: PostcodeLocator; problems: Problem[] } {
  const header = table.header;
  const missing = (what: string, candidates: readonly string[], key: string): Problem => ({
    file: table.file,
    line: table.headerLine,
    message: `the postcode ${spec.method === 'lookup' ? 'lookup' : 'centroids file'} has no ${what} column (looked for ${candidates.join(', ')})`,
    fix: `Name it with \`${key}:\`; the columns are ${header.join(', ')}.`,
  });
  const postcode = spec.postcodeColumn ?? findColumn(header, POSTCODE_COLUMNS);
  const terminated = spec.terminatedColumn ?? findColumn(header, TERMINATED_COLUMNS);
  if (postcode === undefined) return { locate: notFound, problems: [missing('postcode', POSTCODE_COLUMNS, 'postcode_column')] };
  if (spec.method === 'lookup') return postcodeLookup(table, { postcode, area: spec.areaColumn, terminated }, level.codes);

  const latitude = spec.latitude ?? (spec.easting ? undefined : findColumn(header, ['lat', 'latitude']));
  const longitude = spec.longitude ?? (spec.easting ? undefined : findColumn(header, ['long', 'lng', 'lon', 'longitude']));
  let columns: CentroidColumns;
  if (latitude !== undefined && longitude !== undefined) columns = { postcode, latitude, longitude, terminated };
  else {
    const easting = spec.easting ?? findColumn(header, ['oseast1m', 'easting']);
    const northing = spec.northing ?? findColumn(header, ['osnrth1m', 'northing']);
    if (easting === undefined || northing === undefined) return { locate: notFound, problems: [missing('latitude and longitude (or easting and northing)', ['lat', 'long', 'oseast1m', 'osnrth1m'], 'latitude')] };
    columns = { postcode, easting, northing, terminated };
  }
  return postcodeCentroids(table, columns, buildPolygonIndex(level.polygons()));
}

const notFound: PostcodeLocator = () => ({ status: 'not-found' });
