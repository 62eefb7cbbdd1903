/**
 * Overlays and point layers built end to end: the mini fixture with a featured overlay and a
 * point dataset (British National Grid positions) added, built by the real build command. The
 * overlay's classes, correlation and CSV are checked against values worked out by hand from the
 * fixture's files (with disclosure control off, so that these figures do not depend on its
 * rules, which tests/build/mini-atlas.test.ts covers); the point layer against Ordnance
 * Survey's published position of its worked example point.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { AtlasInputError, formatProblem } from '../../src/pipeline/validate/atlas-error.ts';
import { buildSite, copyFixture, editFile, readOutput } from '../helpers/fixture-atlas.ts';

const FEATURED = `featured_overlays:
  - x: population
    y: children-share
    title: Size and children
`;

const PLACES_META = `kind: points
title: Clinics
publisher: Mini Health Trust
contact: { name: Trust analysts }
licence: Open Government Licence v3.0
attribution: Mini Health Trust (test data)
release_date: 2024-01-15
file: clinics.csv
name: { column: Clinic }
category: { column: Type }
location: { easting: Easting, northing: Northing }
details: [Opening hours]
`;
// Caister: Ordnance Survey's worked example point (E 651409.903, N 313177.270); the other is a formula.
const PLACES_CSV = 'Clinic,Type,Easting,Northing,Opening hours\r\nCaister Clinic,Hospital,651409.903,313177.270,Always\r\n"=HYPERLINK(""x"")",Surgery,"612,000",250000,9-5\r\n';

function addOverlaysAndPoints(root: string): void {
  editFile(root, 'atlas.config.yaml', (t) => t.replace('disclosure: { threshold: 5 }', 'disclosure: { threshold: 0 }') + FEATURED);
  mkdirSync(join(root, 'datasets/clinics'));
  writeFileSync(join(root, 'datasets/clinics/metadata.yaml'), PLACES_META);
  writeFileSync(join(root, 'datasets/clinics/clinics.csv'), PLACES_CSV);
}

let site: string;

beforeAll(async () => {
  const root = await copyFixture('mini');
  addOverlaysAndPoints(root);
  site = join(mkdtempSync(join(tmpdir(), 'statlas-overlay-site-')), 'dist');
  const result = buildSite(root, site);
  expect(result.status, result.stderr).toBe(0);
});

function metresBetween([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  return Math.hypot((lon1 - lon2) * 111_320 * Math.cos((lat1 * Math.PI) / 180), (lat1 - lat2) * 111_200);
}

function csvRows(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n').map((line) => line.split(','));
}

describe('a featured overlay', () => {
  it('is pre-rendered at every level and period the pair shares, with its CSV', () => {
    for (const path of ['small/2022', 'small/2023', 'district/2022', 'district/2023']) {
      expect(readOutput(site, `overlays/population/children-share/${path}/index.html`)).toContain('<h1 data-overlay-title>Resident population and Children as a share of residents</h1>');
      expect(readOutput(site, `overlays/population/children-share/${path}.csv`)).toMatch(/^\uFEFFarea_code,/);
    }
  });

  it('classes every area by tertiles of both indicators (worked by hand from people.csv, 2023)', () => {
    const rows = csvRows(readOutput(site, 'overlays/population/children-share/small/2023.csv'));
    expect(rows[0]).toEqual(['area_code', 'area_name', 'level', 'period', 'x_indicator', 'x_value', 'x_status', 'y_indicator', 'y_value', 'y_status', 'bivariate_class', 'x_third', 'y_third']);
    // Population (sorted 660 ... 1450): thirds start at 950 and 1,250. Children's share (0.5%,
    // 22.7, 23.2, 23.6, 23.6, 24.8, 25.0, 27.6): thirds start at 23.6% and 25.0%.
    expect(Object.fromEntries(rows.slice(1).map((r) => [r[0], r[10]]))).toEqual({ T001: 'C2', T002: 'B1', T003: 'C3', T004: 'A1', T005: 'B2', T006: 'A2', T007: 'A1', T008: 'B3' });
    expect(rows.find((r) => r[0] === 'T001')!.slice(4)).toEqual(['population', '1250', '', 'children-share', '24.8', '', 'C2', '3', '2']);
  });

  it('gives an area without both values no class, keeping the status of the missing one (2022: `..` for T003)', () => {
    const rows = csvRows(readOutput(site, 'overlays/population/children-share/small/2022.csv'));
    expect(rows.find((r) => r[0] === 'T003')!.slice(4)).toEqual(['population', '1500', '', 'children-share', '', 'x', '', '', '']);
  });

  it('states the correlation on the areas with both values, without claiming cause', () => {
    const html = readOutput(site, 'overlays/population/children-share/small/2023/index.html');
    // Spearman by hand from the ranks (ties share 4.5): 34.5 / sqrt(42 x 41.5) = 0.826. Pearson
    // is far lower (0.423, Python's statistics.correlation): T004's 0.5% is an outlier in value, not in rank.
    expect(html).toContain("Small areas that rank higher on resident population tend to rank higher on children as a share of residents (a strong positive association: Spearman&#39;s rho = 0.83, Pearson&#39;s r = 0.42, n = 8 small areas, 2023). This is an association between areas, not evidence that one causes the other.");
  });

  it('prints the key as a table of class codes and counts, and the class of each area in the table', () => {
    const html = readOutput(site, 'overlays/population/children-share/small/2023/index.html');
    expect(html).toMatch(/<table class="bivariate-grid"[^>]*>/);
    expect(html).toMatch(/data-class="A1"><strong>A1<\/strong><br>2 areas<\/td>/);
    expect(html).toContain('<tr data-code="T001"><th scope="row"><a href="/areas/small/T001/">Northam 001</a></th><td>T001</td><td class="num" data-sort="1250">1,250 people</td><td class="num" data-sort="24.8">24.8%</td><td>C2: upper, middle</td></tr>');
    expect(html).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="scatter-svg"/);
    expect(html.match(/<circle [^>]*data-code=/g)).toHaveLength(8);
  });

  it('is listed on the overlays page and the home page; any other pair is left to the browser', () => {
    expect(readOutput(site, 'overlays/index.html')).toContain('href="/overlays/population/children-share/small/2023/">Size and children</a>');
    expect(readOutput(site, 'index.html')).toContain('href="/overlays/population/children-share/small/2023/">Size and children</a>');
    expect(readOutput(site, 'overlays/view/index.html')).toContain('<script type="application/json" id="overlay-catalogue">');
  });
});

describe('the values files maps and overlays read', () => {
  it('carry the published value beside class, status and text', () => {
    const values = JSON.parse(readOutput(site, 'indicators/children-share/small/2023.json')) as { areas: Record<string, unknown[]> };
    expect(values.areas.T001).toEqual([expect.any(Number), 'value', '24.8%', 24.8]);
    const visits = JSON.parse(readOutput(site, 'indicators/visit-rate/small/2023.json')) as { areas: Record<string, unknown[]> };
    expect(visits.areas.T002).toEqual([null, 'suppressed', 'Suppressed', null]);
  });
});

describe('a point dataset', () => {
  it('becomes GeoJSON in WGS84, converted from the National Grid with proj4', () => {
    const geojson = JSON.parse(readOutput(site, 'points/clinics.geojson')) as { features: { geometry: { coordinates: number[] }; properties: Record<string, string> }[] };
    expect(geojson.features.map((f) => f.properties.name)).toEqual(['Caister Clinic', '=HYPERLINK("x")']);
    const [lon, lat] = geojson.features[0]!.geometry.coordinates as [number, number];
    // Ordnance Survey's ETRS89 (WGS84 to within a metre) position of the same point is
    // 52°39'28.8282"N 1°42'57.8663"E; the Helmert transformation is good to about 5 m.
    expect(metresBetween([lon, lat], [1 + 42 / 60 + 57.8663 / 3600, 52 + 39 / 60 + 28.8282 / 3600])).toBeLessThan(5);
    expect(geojson.features[0]!.properties).toEqual({ name: 'Caister Clinic', category: 'Hospital', 'Opening hours': 'Always' });
  });

  it('has a page with its key and table, and a formula-safe CSV', () => {
    const html = readOutput(site, 'points/clinics/index.html');
    expect(html).toContain('<h1>Clinics</h1>');
    expect(html).toContain('Hospital (1 place)');
    expect(readOutput(site, 'points/clinics.csv')).toContain(`'=HYPERLINK(""x"")",Surgery`);
  });

  it('can be switched on under every map, with its own legend', () => {
    for (const page of ['indicators/population/index.html', 'indicators/visit-rate/small/2023/index.html', 'overlays/population/children-share/district/2022/index.html']) {
      const html = readOutput(site, page);
      expect(html, page).toMatch(/<input type="checkbox" id="[a-z-]+-points-clinics" data-points="clinics" data-url="\/points\/clinics.geojson"/);
      expect(html, page).toContain('Hospital (1 place)');
    }
  });
});

describe('featured overlays that cannot be drawn', () => {
  it('stop the build with the config line and what to do', async () => {
    const root = await copyFixture('mini');
    editFile(root, 'atlas.config.yaml', (t) => t + 'featured_overlays:\n  - { x: population, y: teenage-conceptions }\n  - { x: population, y: visit-rate, period: "1999" }\n');
    let problems: string[] = [];
    try {
      runPipeline(root);
    } catch (error) {
      if (!(error instanceof AtlasInputError)) throw error;
      problems = error.problems.map(formatProblem);
    }
    expect(problems).toEqual([
      'atlas.config.yaml:9: featured overlay: there is no published indicator "teenage-conceptions". Use the id of a public indicator: children-share, population, visit-rate.',
      'atlas.config.yaml:10: featured overlay: "population" and "visit-rate" do not share the period "1999". Use a period both publish, or leave `period:` out (the latest shared period is used).',
    ]);
  });
});
