/**
 * The Leicester, Leicestershire and Rutland atlas, built end to end from real published data
 * (IMD 2019 files and ONS boundaries, read in place from ../shared/data/leicestershire), with
 * every check made against values read independently from the publisher's files:
 * - all 611 LSOAs join (the build report lists no LSOA without data);
 * - one LSOA's IMD rank, "15,811"-style quoted in the CSV, reaches the indicator page, its CSV,
 *   the area page and the map values;
 * - district population, summed by the pipeline through the recipe-made point-in-polygon lookup,
 *   equals the sum of LSOAs by the district column of the publisher's own file.
 * Skips, saying why, when ../shared is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FILES,
  FIXTURE,
  KNOWN_LSOA,
  REPO,
  SHARED,
  SKIP_MESSAGE,
  buildLeicestershire,
  hasSharedData,
  parseCsv,
  publishedImdRank,
  publishedNumber,
  readRecords,
} from '../helpers/leicestershire-data.ts';

const TITLE = 'Leicestershire atlas from real data (IMD 2019, ONS boundaries)';
if (!hasSharedData) console.warn(`${TITLE}: ${SKIP_MESSAGE}`);

interface JoinReport {
  dataset: string;
  indicator: string;
  level: string;
  period: string;
  areasWithoutData: string[];
}

/** Counts from the shared data README: 611 LSOAs (2011) in 9 districts (2013). */
const LSOAS = 611;
const DISTRICTS = 9;
const POPULATION_COLUMN = 'Total population: mid 2015 (excluding prisoners)';
const DISTRICT_COLUMN = 'Local Authority District code (2019)';

describe.skipIf(!hasSharedData)(hasSharedData ? TITLE : `${TITLE} (${SKIP_MESSAGE})`, () => {
  let dist = '';
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'statlas-leicestershire-'));
    const { geographyMs, buildMs } = await buildLeicestershire(dist);
    console.log(`leicestershire: recipes ${geographyMs} ms, site build ${buildMs} ms`);
  });

  afterAll(async () => {
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  it('builds both levels from the recipes, with 611 LSOAs and 9 districts', () => {
    const geography = (file: string) => JSON.parse(readFileSync(join(FIXTURE, 'geography/build', file), 'utf8'));
    expect(geography('lsoa.topo.json').objects.lsoa.geometries).toHaveLength(LSOAS);
    expect(geography('district.topo.json').objects.district.geometries).toHaveLength(DISTRICTS);
    // The published site serves the same topologies.
    expect(JSON.parse(read('geography/lsoa.topo.json')).objects.lsoa.geometries).toHaveLength(LSOAS);
    expect(JSON.parse(read('geography/district.topo.json')).objects.district.geometries).toHaveLength(DISTRICTS);
    const districtCsv = parseCsv(read('indicators/population/district/2015.csv')).slice(1).filter((r) => r.length > 1);
    expect(districtCsv).toHaveLength(DISTRICTS);
  });

  it('puts every LSOA in the district the publisher gives it (point-in-polygon lookup agrees with IMD File 1)', () => {
    const lookup = new Map(readRecords(join(FIXTURE, 'geography/build/lsoa-district.csv')).map((r) => [r.LSOA11CD!, r.LAD13CD!]));
    const published = readRecords(FILES.imd);
    expect(published).toHaveLength(LSOAS);
    expect(lookup.size).toBe(LSOAS);
    const disagreements = published.filter((r) => lookup.get(r['LSOA code (2011)']!) !== r[DISTRICT_COLUMN]);
    expect(disagreements.map((r) => r['LSOA code (2011)'])).toEqual([]);
  });

  it('joins all 611 LSOAs for every indicator (build-report.json)', () => {
    const report = JSON.parse(read('build-report.json')) as { joins: JoinReport[] };
    const lsoaJoins = report.joins.filter((j) => j.level === 'lsoa');
    expect(lsoaJoins.map((j) => j.indicator).sort()).toEqual(
      ['children', 'education-rank', 'employment-rank', 'imd-decile', 'imd-rank', 'income-rank', 'population'],
    );
    for (const join of lsoaJoins) expect(join.areasWithoutData, `${join.indicator} ${join.period}`).toEqual([]);
    const districtJoins = report.joins.filter((j) => j.level === 'district');
    // Counts sum to districts; ranks and deciles are refused, never averaged.
    expect(districtJoins.map((j) => j.indicator).sort()).toEqual(['children', 'population']);
    for (const join of districtJoins) expect(join.areasWithoutData, join.indicator).toEqual([]);
  });

  it(`carries ${KNOWN_LSOA}'s published IMD rank to the indicator page, its CSV, the area page and the map values`, () => {
    const rank = publishedImdRank(KNOWN_LSOA);
    expect(rank.text).toMatch(/,/); // the published cell carries a thousands separator: "15,811"
    const shown = rank.value.toLocaleString('en-GB');

    // Indicator page: the table row for the area holds the value, sortable and formatted.
    const page = read('indicators/imd-rank/lsoa/2019/index.html');
    // Rows carry their area code (`<tr data-code>`) so the map can highlight them.
    const row = page.match(new RegExp(`<tr(?: [^>]*)?>(?:(?!</tr>).)*?/areas/lsoa/${KNOWN_LSOA}/(?:(?!</tr>).)*</tr>`, 's'))?.[0];
    expect(row, `no table row links ${KNOWN_LSOA}`).toBeDefined();
    expect(row).toContain(`data-sort="${rank.value}"`);
    expect(row).toContain(`>${shown}<`);

    // Indicator CSV: plain number, no separator.
    const [header, ...rows] = parseCsv(read('indicators/imd-rank/lsoa/2019.csv'));
    const csvRow = rows.find((r) => r[header!.indexOf('area_code')] === KNOWN_LSOA);
    expect(csvRow, `${KNOWN_LSOA} is not in the indicator CSV`).toBeDefined();
    expect(Number(csvRow![header!.indexOf('value')])).toBe(rank.value);
    expect(rows.filter((r) => r.length > 1)).toHaveLength(LSOAS);

    // Area page: the IMD rank row shows the value.
    const areaPage = read(`areas/lsoa/${KNOWN_LSOA}/index.html`);
    const areaRow = areaPage.match(/<tr(?: [^>]*)?>(?:(?!<\/tr>).)*?\/indicators\/imd-rank\/lsoa\/2019\/(?:(?!<\/tr>).)*<\/tr>/s)?.[0];
    expect(areaRow, 'the area page has no IMD rank row').toBeDefined();
    expect(areaRow).toContain(`data-sort="${rank.value}"`);
    expect(areaRow).toContain(`>${shown}<`);

    // Map values: [class, status, display text].
    const values = JSON.parse(read('indicators/imd-rank/lsoa/2019.json')) as { areas: Record<string, [number | null, string, string]> };
    expect(Object.keys(values.areas)).toHaveLength(LSOAS);
    const [classIndex, status, display] = values.areas[KNOWN_LSOA]!;
    expect(status).toBe('value');
    expect(classIndex).not.toBeNull();
    expect(display).toBe(shown);
  });

  it('sums LSOA population to each district exactly as the publisher\'s own district column does', () => {
    const expected = new Map<string, number>();
    for (const record of readRecords(FILES.population)) {
      const district = record[DISTRICT_COLUMN]!;
      expected.set(district, (expected.get(district) ?? 0) + publishedNumber(record[POPULATION_COLUMN]!));
    }
    expect(expected.size).toBe(DISTRICTS);

    const [header, ...rows] = parseCsv(read('indicators/population/district/2015.csv'));
    const built = new Map(
      rows.filter((r) => r.length > 1).map((r) => [r[header!.indexOf('area_code')]!, Number(r[header!.indexOf('value')])]),
    );
    expect(Object.fromEntries(built)).toEqual(Object.fromEntries(expected));
    // Leicester (unitary) as a spot check that the sum is of real magnitude, not a count of rows.
    expect(built.get('E06000016')).toBeGreaterThan(300_000);

    // The district page shows the same sum.
    const districtPage = read('areas/district/E06000016/index.html');
    expect(districtPage).toContain(`data-sort="${expected.get('E06000016')}"`);
  });

  it('reads the publisher\'s files in place: no copies in the fixture, no local paths in the site', () => {
    for (const folder of ['imd2019', 'imd2019-domains', 'population-2015']) {
      const files = readdirSync(join(FIXTURE, 'datasets', folder));
      expect(files, folder).toEqual(['metadata.yaml']);
      const metadata = readFileSync(join(FIXTURE, 'datasets', folder, 'metadata.yaml'), 'utf8');
      expect(metadata).toMatch(/^file: (\.\.\/)+shared\/data\/leicestershire\/statistics\/imd2019-file\d-[a-z-]+\.csv$/m);
    }
    for (const file of ['catalogue.json', 'catalogue.csv', 'build-report.json', 'datasets/imd2019/index.html']) {
      expect(read(file), file).not.toContain(REPO);
      expect(read(file), file).not.toContain(SHARED);
    }
  });
});
