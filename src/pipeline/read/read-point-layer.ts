/**
 * Reads a point dataset (`kind: points` in metadata.yaml): the publisher's file through the same
 * checks as any dataset (folder name, path safety, encoding, CSV shape), then one place per row:
 * a name, a category, and a position converted to WGS84 when it is on the British National Grid.
 * Every bad row is a problem naming the file, line and column; no row is silently dropped.
 */
import { publicationOf } from '../normalise/publication.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bngToLonLat, onNationalGrid } from '../convert/british-national-grid.ts';
import { parseCell } from '../normalise/parse-cell.ts';
import type { Place, PointLayer } from '../types.ts';
import type { Problem } from '../validate/atlas-error.ts';
import { isPointsMetadata, pointsSchema, type PointsMetadata } from '../validate/points-schema.ts';
import { readDataset } from './read-dataset.ts';
import { readYaml } from './read-yaml.ts';

/**
 * Categorical colours for kinds of place: Okabe and Ito's colour-blind-safe set, strongest
 * first, yellow last (it is hard to see on a light map). Each place also names its kind in
 * the tooltip and the table, so colour is never the only cue.
 */
export const PLACE_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#f0e442'];

/** Whether datasets/<folder>/metadata.yaml says `kind: points` (read leniently: readDataset reports broken YAML). */
export function isPointDataset(root: string, folderName: string): boolean {
  const file = join(root, 'datasets', folderName, 'metadata.yaml');
  if (!existsSync(file)) return false;
  const { source } = readYaml(readFileSync(file, 'utf8'), file);
  return isPointsMetadata(source?.data);
}

export function readPointLayer(root: string, folderName: string, readOnlyDataDirs: string[]): { layer?: PointLayer; problems: Problem[] } {
  const { dataset: source, problems } = readDataset<PointsMetadata>(root, folderName, readOnlyDataDirs, pointsSchema);
  if (!source) return { problems };
  const { metadata: meta, table, yaml, metadataFile, dataFile } = source;
  const rowProblems: Problem[] = [...problems];
  const column = (name: string, path: PropertyKey[]) => {
    const index = table.header.indexOf(name);
    if (index < 0) {
      rowProblems.push({ file: metadataFile, line: yaml.lineOf(path), message: `column "${name}" is not in ${dataFile}`, fix: `Use a column name exactly as in the file's header (line ${table.headerLine}): ${table.header.map((h) => `"${h}"`).join(', ')}.` });
    }
    return index;
  };
  const nameColumn = column(meta.name.column, ['name', 'column']);
  const categoryColumn = meta.category ? column(meta.category.column, ['category', 'column']) : -1;
  const grid = 'easting' in meta.location;
  const [firstColumn, secondColumn] =
    'easting' in meta.location
      ? [column(meta.location.easting, ['location', 'easting']), column(meta.location.northing, ['location', 'northing'])]
      : [column(meta.location.longitude, ['location', 'longitude']), column(meta.location.latitude, ['location', 'latitude'])];
  const detailColumns = meta.details.map((name, i) => column(name, ['details', i]));
  if (rowProblems.length > 0) return { problems: rowProblems };

  const places: Place[] = [];
  const [firstName, secondName] = grid ? ['easting', 'northing'] : ['longitude', 'latitude'];
  for (const row of table.rows) {
    const name = (row.cells[nameColumn] ?? '').trim();
    if (!name) rowProblems.push({ file: dataFile, line: row.line, message: `the place has no name (column "${meta.name.column}")`, fix: 'Give every place a name, or remove the row.' });
    const numbers = [firstColumn, secondColumn].map((index) => {
      const cell = parseCell(row.cells[index] ?? '');
      if (cell.status !== 'value') {
        rowProblems.push({ file: dataFile, line: row.line, message: `"${row.cells[index] ?? ''}" in column "${table.header[index]}" is not a number (the ${index === firstColumn ? firstName : secondName})`, fix: 'Every place needs a position written as a number.' });
        return null;
      }
      return cell.value;
    });
    const [first, second] = numbers;
    if (first === null || second === null || first === undefined || second === undefined || !name) continue;
    let lonLat: [number, number];
    if (grid) {
      if (!onNationalGrid(first, second)) {
        rowProblems.push({ file: dataFile, line: row.line, message: `easting ${first}, northing ${second} is not on the British National Grid`, fix: 'Eastings run 0 to 700000 and northings 0 to 1300000 metres; if these are longitude and latitude, say `location: { latitude, longitude }`.' });
        continue;
      }
      lonLat = bngToLonLat(first, second);
    } else {
      if (Math.abs(first) > 180 || Math.abs(second) > 90) {
        rowProblems.push({ file: dataFile, line: row.line, message: `longitude ${first}, latitude ${second} is not a position in degrees`, fix: 'Latitudes run -90 to 90 and longitudes -180 to 180; if these are eastings and northings, say `location: { easting, northing }`.' });
        continue;
      }
      lonLat = [first, second];
    }
    const category = categoryColumn >= 0 ? (row.cells[categoryColumn] ?? '').trim() || 'Other' : meta.title;
    places.push({ name, category, lon: lonLat[0], lat: lonLat[1], details: detailColumns.map((i) => (row.cells[i] ?? '').trim()), line: row.line });
  }
  const names = [...new Set(places.map((p) => p.category))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  if (names.length > PLACE_COLOURS.length) {
    rowProblems.push({ file: metadataFile, line: yaml.lineOf(['category']), message: `the places fall in ${names.length} categories, more than the ${PLACE_COLOURS.length} a map can tell apart`, fix: 'Group them into fewer kinds, or split the file into two point datasets.' });
  }
  if (rowProblems.length > 0) return { problems: rowProblems };
  places.sort((a, b) => a.category.localeCompare(b.category, 'en-GB') || a.name.localeCompare(b.name, 'en-GB') || a.line - b.line);
  return {
    problems: [],
    layer: {
      id: source.id,
      ...publicationOf(meta),
      file: dataFile,
      categories: names.map((name, i) => ({ name, colour: PLACE_COLOURS[i]!, count: places.filter((p) => p.category === name).length })),
      detailColumns: meta.details,
      positionsFrom: grid ? 'national-grid' : 'latitude-longitude',
      places,
    },
  };
}
