/**
 * `npm run bench:geography` (also run at the end of `npm run bench`): how long the geography
 * conversions take on the real Leicestershire data, read in place from ../shared/data:
 *
 *   - locating all 35,626 LE postcode centroids in the 611 LSOAs (2011) by point in polygon, the
 *     way `area.postcodes.centroids` and `npm run postcodes` do it (grid index, pure TypeScript),
 *     against the fixture's simplified LSOA boundaries and against the full-resolution source;
 *     and, for comparison, the same join done by mapshaper (`-points x= y=` + `-join`);
 *   - converting a dataset with one row per postcode end to end (read, normalise, locate, sum);
 *   - dissolving a custom level (31 localities from 611 LSOAs) and building a best-fit lookup
 *     (611 LSOAs into 171 wards), as `npm run geography` does.
 *
 *   npm run bench:geography [-- --runs N] [-- --json FILE]   (default bench-results/geography.json)
 *
 * Times are the median of N runs (default 5) after one warm-up. Skips, saying why, when
 * ../shared/data/leicestershire is absent.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import mapshaper from 'mapshaper';
import { buildBestFitLookup, buildCustomLevel, readDefinitions } from '../src/geography-build/build-building-blocks.ts';
import { runRecipes } from '../src/geography-build/run-recipes.ts';
import { buildPolygonIndex, locatePoint, type AreaPolygons } from '../src/pipeline/convert/polygon-index.ts';
import { postcodeLocator } from '../src/pipeline/convert/postcode-reference.ts';
import { postcodesToAreas } from '../src/pipeline/convert/postcodes-to-areas.ts';
import { readLevelPolygons } from '../src/pipeline/geography/read-level-polygons.ts';
import { readCsvFile } from '../src/pipeline/read/read-csv-file.ts';
import type { CsvTable } from '../src/pipeline/read/read-csv-table.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' }, json: { type: 'string' } } });
const runs = Math.max(1, Number(args.runs));
const shared = resolve(repo, '../shared/data/leicestershire');
const fixture = join(repo, 'tests/fixtures/leicestershire');
const centroidsFile = join(shared, 'postcodes/le-postcode-centroids.csv');
const lsoaSource = join(shared, 'boundaries/lsoa2011.geojson');

if (!existsSync(centroidsFile) || !existsSync(lsoaSource)) {
  console.log(`bench:geography: skipped: the real data is not at ${shared} (clone the shared data beside the repository as ../shared)`);
  process.exit(0);
}

/** Median wall time of `runs` runs after a warm-up, in ms, and the last result. */
async function time<T>(work: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

function geojsonAreas(file: string, codeProperty: string): AreaPolygons[] {
  const collection = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: Record<string, string>; geometry: { type: string; coordinates: never } }[] };
  return collection.features.map((f) => ({ code: f.properties[codeProperty]!, polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates }));
}

console.error('bench:geography: building the Leicestershire fixture geography (recipes, best-fit lookup, custom level)');
const recipesStarted = performance.now();
await runRecipes(fixture, () => {});
const recipesMs = performance.now() - recipesStarted;

const { table: centroidsTable } = readCsvFile(centroidsFile, 'le-postcode-centroids.csv');
const points = centroidsTable!.rows.map((r) => [Number(r.cells[2]), Number(r.cells[1])] as const);
const simplified = { topologyPath: join(fixture, 'geography/build/lsoa.topo.json'), object: 'lsoa', codeProperty: 'LSOA11CD' };

// 1. Point in polygon, pure TypeScript: index the LSOAs, then locate every centroid.
const locateAll = (areas: AreaPolygons[]) => {
  const index = buildPolygonIndex(areas);
  let located = 0;
  for (const [x, y] of points) if (locatePoint(index, x, y) !== null) located++;
  return located;
};
const simplifiedAreas = readLevelPolygons(simplified);
const fullAreas = geojsonAreas(lsoaSource, 'LSOA11CD');
const pipSimplified = await time(() => locateAll(simplifiedAreas));
const pipFull = await time(() => locateAll(fullAreas));
const indexOnly = await time(() => buildPolygonIndex(simplifiedAreas));

// 2. The same join in mapshaper, for comparison (one run: it is the slow one).
const centroidsText = readFileSync(centroidsFile, 'utf8');
const lsoaText = readFileSync(lsoaSource, 'utf8');
const mapshaperStarted = performance.now();
const joined = await mapshaper.applyCommands('-i points.csv -points x=long y=lat -i lsoa.geojson -join target=points source=lsoa fields=LSOA11CD -o out.csv target=points', {
  'points.csv': centroidsText,
  'lsoa.geojson': lsoaText,
});
const mapshaperMs = performance.now() - mapshaperStarted;
const mapshaperLocated = String(joined['out.csv']).split('\n').filter((line) => /,E01\d{6}\s*$/.test(line)).length;

// 3. A whole conversion: a dataset with one row per postcode, read from its table to counts per LSOA.
const dataset: CsvTable = { file: 'visits.csv', header: ['Postcode', 'Visits'], headerLine: 1, rows: centroidsTable!.rows.map((r, i) => ({ line: i + 2, cells: [r.cells[0]!.toLowerCase(), String(1 + (i % 7))] })) };
const codes = new Set(simplifiedAreas.map((a) => a.code));
const conversion = await time(() => {
  const { locate } = postcodeLocator({ method: 'centroids' }, centroidsTable!, { codes, polygons: () => readLevelPolygons(simplified) });
  return postcodesToAreas(dataset, { postcodeColumn: 'Postcode', keyColumns: [], countColumns: ['Visits'], countRecords: false, terminated: 'include' }, locate);
});

// 4. Building blocks: dissolve the custom level, and the best-fit lookup.
const definitions = readDefinitions(fixture);
const byId = (id: string) => definitions.find((d) => d.id === id)!;
const geography = join(fixture, 'geography');
const dissolve = await time(() => buildCustomLevel(geography, byId('locality'), byId('lsoa')));
const bestFit = await time(() => buildBestFitLookup(geography, byId('ward'), byId('lsoa')));

const rows: [string, string, string][] = [
  ['fixture geography: every recipe + best-fit lookup + custom level', `${Math.round(recipesMs)} ms`, 'one run'],
  [`locate ${points.length} centroids in 611 LSOAs (simplified TopoJSON), TS grid index`, `${pipSimplified.ms.toFixed(1)} ms`, `${pipSimplified.result} located`],
  [`locate ${points.length} centroids in 611 LSOAs (full-resolution GeoJSON), TS grid index`, `${pipFull.ms.toFixed(1)} ms`, `${pipFull.result} located`],
  ['  of which: building the index (simplified)', `${indexOnly.ms.toFixed(1)} ms`, ''],
  [`same join in mapshaper (-points x= y=, -join), full resolution`, `${Math.round(mapshaperMs)} ms`, `${mapshaperLocated} located`],
  [`convert ${dataset.rows.length} rows of postcode counts to LSOAs (read index, normalise, locate, sum)`, `${conversion.ms.toFixed(1)} ms`, `${conversion.result.report.matched.rows} rows counted`],
  ['dissolve custom level: 31 localities from 611 LSOAs (mapshaper)', `${dissolve.ms.toFixed(1)} ms`, dissolve.result.summary],
  ['best-fit lookup: 611 LSOA inner points into 171 wards (mapshaper)', `${bestFit.ms.toFixed(1)} ms`, bestFit.result.summary],
];
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(`\nstatlas bench: geography on real Leicestershire data (node ${process.version}, median of ${runs} runs)\n`);
for (const row of rows) console.log(`${row[0].padEnd(widths[0]!)}  ${row[1].padStart(widths[1]!)}  ${row[2]}`);

const jsonPath = resolve(args.json ?? join(repo, 'bench-results', 'geography.json'));
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(
  jsonPath,
  JSON.stringify(
    {
      node: process.version,
      runs,
      centroids: points.length,
      recipesMs: Math.round(recipesMs),
      pointInPolygonMs: { simplified: pipSimplified.ms, fullResolution: pipFull.ms, indexOnly: indexOnly.ms, mapshaper: mapshaperMs },
      located: { simplified: pipSimplified.result, fullResolution: pipFull.result, mapshaper: mapshaperLocated },
      conversionMs: conversion.ms,
      dissolveCustomLevelMs: dissolve.ms,
      bestFitLookupMs: bestFit.ms,
    },
    null,
    2,
  ) + '\n',
);
console.log(`\nJSON: ${jsonPath}`);
