/**
 * Postcodes, custom areas and best-fit lookups on the real Leicestershire data, read in place
 * from ../shared/data/leicestershire (skipped, saying why, when it is absent):
 *
 * - every one of the 35,626 LE postcode centroids that lies inside the nine districts is located
 *   in exactly one LSOA (2011);
 * - `npm run postcodes` converts a postcode-level dataset made from those postcodes (deterministic
 *   counts, written to a temporary folder): the total is preserved, and the unmatched postcodes
 *   are reported to the contributor but are in none of the files it writes;
 * - the build converts the same dataset when its metadata says `area.postcodes:`, and no postcode
 *   reaches any file of the site;
 * - custom localities made of whole MSOAs have the population of their LSOAs (IMD File 6);
 * - 2013 wards, which 2011 LSOAs do not nest in, get population by best fit: the ward totals add
 *   up to the districts', and pages, CSVs, map values and the data package say the figures are
 *   approximate.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILES, FIXTURE, SHARED, SKIP_MESSAGE, buildLeicestershire, hasSharedData, parseCsv, publishedNumber, readRecords, runScript } from '../helpers/leicestershire-data.ts';
import { buildSite } from '../helpers/fixture-atlas.ts';
import { areasContaining, buildPolygonIndex } from '../../src/pipeline/convert/polygon-index.ts';
import { readLevelPolygons } from '../../src/pipeline/geography/read-level-polygons.ts';
import { runPipeline } from '../../src/pipeline/index.ts';

const CENTROIDS = join(SHARED, 'postcodes/le-postcode-centroids.csv');
const MSOAS = join(SHARED, 'boundaries/msoa2011.geojson');
const available = hasSharedData && existsSync(CENTROIDS) && existsSync(MSOAS);
const TITLE = 'Leicestershire postcodes, custom localities and best-fit wards (real data)';
if (!available) console.warn(`${TITLE}: ${SKIP_MESSAGE}`);

const POPULATION_COLUMN = 'Total population: mid 2015 (excluding prisoners)';

type Ring = number[][];
type Polygons = { code: string; polygons: Ring[][] }[];

/** Even-odd ray casting, written here so the tests do not trust the pipeline's own. */
function inRings(x: number, y: number, rings: Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
    }
  }
  return inside;
}

/** Every area holding the point, by brute force over all polygons (bounding boxes first). */
function bruteForce(areas: Polygons): (x: number, y: number) => string[] {
  const boxes = areas.map((a) => {
    const points = a.polygons.flatMap((p) => p[0]!);
    return [Math.min(...points.map((p) => p[0]!)), Math.min(...points.map((p) => p[1]!)), Math.max(...points.map((p) => p[0]!)), Math.max(...points.map((p) => p[1]!))];
  });
  return (x, y) => areas.filter((a, i) => x >= boxes[i]![0]! && x <= boxes[i]![2]! && y >= boxes[i]![1]! && y <= boxes[i]![3]! && a.polygons.some((rings) => inRings(x, y, rings))).map((a) => a.code);
}

function geojsonPolygons(file: string, codeProperty: string): Polygons {
  const collection = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: Record<string, string>; geometry: { type: string; coordinates: unknown } }[] };
  return collection.features.map((f) => ({ code: f.properties[codeProperty]!, polygons: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][] }));
}

/** Metres from a point to the nearest edge of any polygon (equirectangular, fine over metres). */
function metresToNearestEdge(areas: Polygons, x: number, y: number): number {
  const kx = 111_320 * Math.cos((y * Math.PI) / 180);
  const ky = 110_540;
  let best = Infinity;
  for (const area of areas) {
    for (const ring of area.polygons.flat()) {
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1]![0]! - x) * kx, ay = (ring[i - 1]![1]! - y) * ky;
        const dx = (ring[i]![0]! - x) * kx - ax, dy = (ring[i]![1]! - y) * ky - ay;
        const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best;
}

/** The locality the fixture's recipe puts an LSOA in, derived here from its name independently. */
function localityOf(lsoaName: string): string {
  const match = /^(.*) (\d{3})[A-Z]$/.exec(lsoaName);
  if (!match) throw new Error(`"${lsoaName}" is not an LSOA name`);
  return `${match[1]} ${Math.ceil(Number(match[2]) / 5)}`;
}

describe.skipIf(!available)(available ? TITLE : `${TITLE} (${SKIP_MESSAGE})`, () => {
  let dist = '';
  let scratch = '';
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  const csvRecords = (text: string) => {
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    return rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
  };

  /** The real centroids, and a dataset of counts per postcode made from them (written to scratch). */
  const centroids = readRecords(CENTROIDS).map((r) => ({ postcode: r.Postcode!, x: Number(r.long), y: Number(r.lat) }));
  const known = new Set(centroids.map((c) => c.postcode.replace(/\s+/g, '')));
  const fakes = ['LE99 9ZZ', 'LE1 9ZZ', 'LE65 1ZZ'].filter((p) => !known.has(p.replace(/\s+/g, '')));
  let datasetRows: [string, number][] = [];
  let total = 0;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'statlas-postcodes-'));
    dist = join(scratch, 'dist');
    // Postcodes written the ways contributors write them: as in the file (pcd), lower case, no space.
    datasetRows = centroids.map((c, i) => [i % 3 === 0 ? c.postcode.toLowerCase() : i % 3 === 1 ? c.postcode.replace(/\s+/g, '') : c.postcode, 1 + ((i * 7) % 11)] as [string, number]);
    datasetRows.push(...fakes.map((p) => [p, 4] as [string, number]), ['not known', 3], ['', 2]);
    total = datasetRows.reduce((sum, [, n]) => sum + n, 0);
    writeFileSync(join(scratch, 'visits.csv'), ['Postcode,Year,Visits', ...datasetRows.map(([p, n]) => `${p},2023,${n}`)].join('\n') + '\n');
    const { geographyMs, buildMs } = await buildLeicestershire(dist);
    console.log(`leicestershire geographies: recipes ${geographyMs} ms, site build ${buildMs} ms`);
  });

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  /** Which LSOA(s) each centroid is in, by the pipeline's index over the fixture's LSOA boundaries. */
  const lsoaOf = () => {
    const index = buildPolygonIndex(readLevelPolygons({ topologyPath: join(FIXTURE, 'geography/build/lsoa.topo.json'), object: 'lsoa', codeProperty: 'LSOA11CD' }));
    return centroids.map((c) => areasContaining(index, c.x, c.y));
  };

  it('locates every LE postcode centroid inside the nine districts in exactly one LSOA', () => {
    const inDistrict = bruteForce(geojsonPolygons(FILES.districtBoundaries, 'LAD13CD'));
    const found = lsoaOf();
    const inside = centroids.map((c) => inDistrict(c.x, c.y).length > 0);
    expect(centroids).toHaveLength(35_626);
    expect(inside.filter(Boolean).length).toBeGreaterThan(34_000);
    // No centroid is ever in two LSOAs: the simplified boundaries still tile without overlaps.
    expect(found.filter((codes) => codes.length > 1)).toEqual([]);
    // The pipeline's grid index agrees with brute force over every LSOA polygon.
    const topology = JSON.parse(readFileSync(join(FIXTURE, 'geography/build/lsoa.topo.json'), 'utf8')) as Topology;
    const lsoaPolygons: Polygons = feature(topology, topology.objects.lsoa as GeometryCollection).features.map((f) => ({
      code: String((f.properties as Record<string, unknown>).LSOA11CD),
      polygons: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry as { coordinates: unknown }).coordinates) as Ring[][],
    }));
    const inLsoa = bruteForce(lsoaPolygons);
    expect(centroids.filter((c, i) => inLsoa(c.x, c.y).join() !== found[i]!.join()).map((c) => c.postcode)).toEqual([]);
    // ONS generalised the district and the LSOA boundaries separately (and the fixture simplifies
    // LSOAs further), so their outer edges differ by metres: a centroid that close to the county
    // edge may be in a district but no LSOA. Any such centroid must be within 25 m of an LSOA.
    const edge = centroids.filter((c, i) => inside[i] && found[i]!.length === 0);
    for (const c of edge) expect(metresToNearestEdge(lsoaPolygons, c.x, c.y), c.postcode).toBeLessThan(25);
    expect(edge.length).toBeLessThanOrEqual(3);
    expect(centroids.filter((c, i) => inside[i] && found[i]!.length === 1).length).toBe(inside.filter(Boolean).length - edge.length);
  });

  it('converts postcode data with `npm run postcodes`: total preserved, unmatched reported to the contributor only', async () => {
    const out = join(scratch, 'converted/visits-by-lsoa.csv');
    const unmatchedFile = join(scratch, 'unmatched.csv');
    const output = await runScript(['scripts/postcodes.ts', join(scratch, 'visits.csv'), '--level', 'lsoa', '--centroids', CENTROIDS, '--count', 'Visits', '--by', 'Year', '--out', out, '--unmatched', unmatchedFile]);
    const report = JSON.parse(readFileSync(out.replace(/\.csv$/, '.report.json'), 'utf8'));
    const counts = csvRecords(readFileSync(out, 'utf8'));
    const counted = counts.reduce((sum, r) => sum + Number(r.Visits), 0);

    // Every visit is either in an LSOA or reported as not counted.
    expect(report.totals.Visits.input).toBe(total);
    expect(report.totals.Visits.matched).toBe(counted);
    expect(counted + report.totals.Visits.not_matched).toBe(total);
    // What was not counted, and why: the made-up postcodes, those outside every LSOA, the invalid rows.
    const outside = lsoaOf().filter((codes) => codes.length === 0).length;
    expect(report.unmatched).toEqual({ rows: fakes.length + outside, postcodes: fakes.length + outside, not_in_reference: fakes.length, outside_areas: outside });
    expect(report.invalid).toEqual({ rows: 2 });
    expect(report.matched.rows).toBe(centroids.length - outside);
    expect(report.rows).toBe(datasetRows.length);
    expect(counts.every((r) => /^E01\d{6}$/.test(r.area_code!) && r.Year === '2023')).toBe(true);

    // The contributor sees the unmatched postcodes (terminal, and the file they asked for) ...
    for (const fake of fakes) expect(output).toContain(fake);
    const listed = csvRecords(readFileSync(unmatchedFile, 'utf8'));
    expect(listed.filter((r) => r.reason === 'not-in-reference').map((r) => r.postcode).sort()).toEqual([...fakes].sort());
    expect(listed.filter((r) => r.reason === 'outside-areas')).toHaveLength(outside);
    // ... but the files meant for the repository hold no postcode at all.
    for (const file of [out, out.replace(/\.csv$/, '.report.json')]) expect(readFileSync(file, 'utf8')).not.toMatch(/\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i);
  });

  it('converts the same data at build time (`area.postcodes:`), and no postcode reaches the site', () => {
    const atlas = join(scratch, 'atlas');
    mkdirSync(join(atlas, 'geography/build'), { recursive: true });
    mkdirSync(join(atlas, 'datasets/visits'), { recursive: true });
    copyFileSync(join(FIXTURE, 'geography/build/lsoa.topo.json'), join(atlas, 'geography/build/lsoa.topo.json'));
    writeFileSync(join(atlas, 'atlas.config.yaml'), `title: Postcode test\ndescription: Visits by postcode, counted into LSOAs.\ncontact: { name: Tests }\nread_only_data_dirs: [${JSON.stringify(SHARED)}]\n`);
    writeFileSync(join(atlas, 'geography/levels.yaml'), 'levels:\n  - { id: lsoa, name: LSOA, plural: LSOAs, topology: build/lsoa.topo.json, object: lsoa, code_property: LSOA11CD, name_property: LSOA11NM }\n');
    copyFileSync(join(scratch, 'visits.csv'), join(atlas, 'datasets/visits/visits.csv'));
    writeFileSync(
      join(atlas, 'datasets/visits/metadata.yaml'),
      [
        'title: Visits by postcode',
        'publisher: Test publisher',
        'contact: { name: Tests }',
        'licence: Open Government Licence v3.0',
        'attribution: Tests',
        'release_date: 2024-01-01',
        'file: visits.csv',
        'area:',
        '  column: Postcode',
        '  level: lsoa',
        '  postcodes:',
        `    centroids: { file: ${JSON.stringify(CENTROIDS)} }`,
        'period: { column: Year }',
        'indicators:',
        '  - { id: visits, column: Visits, title: Visits, measure: count, polarity: neither }',
        '  - { id: records, title: Records, measure: count, polarity: neither }',
      ].join('\n') + '\n',
    );
    const site = join(scratch, 'site');
    const result = buildSite(atlas, site);
    expect(result.status, result.stderr + result.stdout).toBe(0);

    const report = JSON.parse(readFileSync(join(site, 'build-report.json'), 'utf8')).postcodes;
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ dataset: 'visits', level: 'lsoa', method: 'centroids', invalid: { rows: 2 }, unmatched: { not_in_reference: fakes.length } });
    expect(report[0].totals.Visits.input).toBe(total);
    // The counts before disclosure control (the full tables, threshold 0) add up to the total.
    const full = runPipeline(atlas).tables!.datasets[0]!.indicators;
    const sum = (id: string) => full.find((i) => i.id === id)!.levels.find((l) => l.level === 'lsoa')!.observations.reduce((s, o) => s + o.value!, 0);
    expect(sum('visits') + report[0].totals.Visits.not_matched).toBe(total);
    // The records indicator counts rows, one per record counted.
    expect(sum('records')).toBe(report[0].matched.rows);
    // The site: LSOAs no LE postcode falls in (in Rutland, whose postcodes are mostly PE and NG)
    // have no data; every other one has a count, or is suppressed by disclosure control.
    const published = csvRecords(readFileSync(join(site, 'indicators/visits/lsoa/2023.csv'), 'utf8'));
    const withPostcodes = new Set(lsoaOf().flat());
    expect(published.filter((r) => r.status === 'no-data').map((r) => r.area_code).sort()).toEqual(published.map((r) => r.area_code!).filter((code) => !withPostcodes.has(code)).sort());
    expect(published.filter((r) => r.status === '' && Number(r.value) >= 5).length).toBeGreaterThan(withPostcodes.size - 50);

    // No file of the site (HTML, CSV, JSON, JS) carries any postcode of the input, in any form.
    const postcodes = new Set(datasetRows.map(([p]) => p.toUpperCase().replace(/\s+/g, '')).filter((p) => p.length >= 5));
    const leaks: string[] = [];
    let fullTables = 0;
    for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(html|csv|json|js|txt|xml)$/.test(entry.name)) continue;
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8').toUpperCase();
      // The registered partners' full tables (the file "as released") are scanned too.
      if (entry.parentPath.includes(`${join(site, 'tables')}`) && /E01\d{6}/.test(text)) fullTables++;
      for (const match of text.matchAll(/LE\d{1,2} ?\d[A-Z]{2}/g)) if (postcodes.has(match[0].replace(/\s+/g, ''))) leaks.push(`${entry.name}: ${match[0]}`);
    }
    expect(leaks).toEqual([]);
    expect(fullTables).toBeGreaterThan(0);
  });

  it('gives each custom locality (whole MSOAs) the population of its LSOAs', () => {
    const expected = new Map<string, number>();
    for (const record of readRecords(FILES.population)) {
      const locality = localityOf(record['LSOA name (2011)']!);
      expected.set(locality, (expected.get(locality) ?? 0) + publishedNumber(record[POPULATION_COLUMN]!));
    }
    // Whole MSOAs: every MSOA's LSOAs are in one locality (MSOA names are the LSOA names' stems).
    const msoaNames = geojsonPolygons(MSOAS, 'MSOA11NM').map((m) => m.code);
    expect(msoaNames).toHaveLength(125);
    expect(new Set(msoaNames.map((name) => localityOf(`${name}A`))).size).toBe(expected.size);

    const topology = JSON.parse(read('geography/locality.topo.json'));
    expect(topology.objects.locality.geometries).toHaveLength(expected.size);
    expect(topology.statlas.generated_by).toMatch(/custom areas from geography\/build\/lsoa-locality\.csv dissolved from level "lsoa"/);
    const built = new Map(csvRecords(read('indicators/population/locality/2015.csv')).map((r) => [r.area_name!, Number(r.value)]));
    expect(Object.fromEntries(built)).toEqual(Object.fromEntries(expected));
    expect([...built.values()].reduce((a, b) => a + b, 0)).toBe([...expected.values()].reduce((a, b) => a + b, 0));

    // The level is everywhere levels are: its list, an area page listing its LSOAs, the LSOA page linking back.
    expect(read('areas/locality/index.html')).toContain('Localities are custom areas, each made of whole LSOAs.');
    const blaby = csvRecords(read('indicators/population/locality/2015.csv')).find((r) => r.area_name === 'Blaby 2')!;
    const page = read(`areas/locality/${blaby.area_code}/index.html`);
    expect(page).toMatch(/LSOAs making up Blaby 2/);
    expect(page).toContain('Blaby 008A');
    // Ranks cannot be combined: the IMD rank has no locality page, and says why.
    expect(existsSync(join(dist, 'indicators/imd-rank/locality'))).toBe(false);
    expect(read('indicators/imd-rank/lsoa/2019/index.html')).toMatch(/cannot be summed or averaged/);
  });

  it('builds 2013 ward population from LSOAs by best fit, adding up to the districts, marked approximate', () => {
    const wardDistrict = new Map(readRecords(join(FIXTURE, 'geography/build/ward-district.csv')).map((r) => [r.WD13CD!, r.LAD13CD!]));
    const wards = csvRecords(read('indicators/population/ward/2015.csv'));
    expect(wards).toHaveLength(171);
    const byDistrict = new Map<string, number>();
    for (const ward of wards) byDistrict.set(wardDistrict.get(ward.area_code!)!, (byDistrict.get(wardDistrict.get(ward.area_code!)!) ?? 0) + Number(ward.value));
    const districts = new Map(csvRecords(read('indicators/population/district/2015.csv')).map((r) => [r.area_code!, Number(r.value)]));
    expect(Object.fromEntries(byDistrict)).toEqual(Object.fromEntries(districts));

    // Approximate wherever it is used: the page, every CSV row, the map's values, the level's pages.
    const note = /Approximate: LSOAs do not nest in wards, so each LSOA is counted whole in the ward that holds its centre \(a best-fit lookup\)\./;
    expect(read('indicators/population/ward/2015/index.html')).toMatch(note);
    expect(wards.every((r) => note.test(r.note!))).toBe(true);
    expect(JSON.parse(read('indicators/population/ward/2015.json')).note).toMatch(note);
    expect(JSON.parse(read('datasets/population-2015/datapackage.json')).statlas.approximate.population.ward).toMatch(note);
    expect(read('areas/ward/index.html')).toMatch(/so they are approximate/);
    expect(read(`areas/ward/${wards[0]!.area_code}/index.html`)).toMatch(/LSOAs counted in/);
    // Exact levels carry no such note.
    expect(csvRecords(read('indicators/population/district/2015.csv'))[0]).not.toHaveProperty('note');
    expect(read('indicators/population/district/2015/index.html')).not.toMatch(note);
  });
});
