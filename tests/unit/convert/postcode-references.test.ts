import { describe, expect, it } from 'vitest';
import { postcodeLookup } from '../../../src/pipeline/convert/postcode-lookup.ts';
import { postcodeCentroids } from '../../../src/pipeline/convert/postcode-centroids.ts';
import { postcodeLocator } from '../../../src/pipeline/convert/postcode-reference.ts';
import { buildPolygonIndex } from '../../../src/pipeline/convert/polygon-index.ts';
import { bngToLonLat } from '../../../src/pipeline/convert/british-national-grid.ts';
import type { CsvTable } from '../../../src/pipeline/read/read-csv-table.ts';

function table(header: string[], rows: string[][]): CsvTable {
  return { file: 'geography/postcodes.csv', header, headerLine: 1, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
}

/** An NSPL-style extract: pcd (7 characters), pcds, doterm, lsoa11, laua. */
const nspl = table(
  ['pcd', 'pcds', 'doterm', 'lsoa11', 'laua'],
  [
    ['LE1 1AA', 'LE1 1AA', '', 'E01000001', 'E06000016'],
    ['LE101AB', 'LE10 1AB', '199806', 'E01000002', 'E07000132'],
    ['NG1 1AA', 'NG1 1AA', '', 'E01999999', 'E06000018'], // a Nottingham postcode: not in the atlas
    ['LE2 9ZZ', 'LE2 9ZZ', '', '', ''], // no area given
  ],
);
const atlasLsoas = new Set(['E01000001', 'E01000002']);

describe('postcodeLookup', () => {
  const { locate, problems } = postcodeLookup(nspl, { postcode: 'pcds', area: 'lsoa11', terminated: 'doterm' }, atlasLsoas);

  it('finds each postcode by its normalised key, live or terminated', () => {
    expect(problems).toEqual([]);
    expect(locate('LE11AA')).toEqual({ status: 'matched', area: 'E01000001', terminated: false });
    expect(locate('LE101AB')).toEqual({ status: 'matched', area: 'E01000002', terminated: true });
  });

  it('tells a postcode outside the level from one not in the lookup', () => {
    expect(locate('NG11AA')).toEqual({ status: 'outside', terminated: false });
    expect(locate('LE29ZZ')).toEqual({ status: 'outside', terminated: false });
    expect(locate('LE99ZZ')).toEqual({ status: 'not-found' });
  });

  it('reads the fixed-width pcd column just as well', () => {
    const byPcd = postcodeLookup(nspl, { postcode: 'pcd', area: 'lsoa11' }, atlasLsoas);
    expect(byPcd.locate('LE101AB')).toEqual({ status: 'matched', area: 'E01000002', terminated: false });
  });

  it('reports a missing column and a postcode listed twice with different areas', () => {
    expect(postcodeLookup(nspl, { postcode: 'pcds', area: 'lsoa21' }, atlasLsoas).problems[0]!.message).toBe('the postcode lookup has no column "lsoa21"');
    const twice = table(['pcds', 'lsoa11'], [['LE1 1AA', 'E01000001'], ['le11aa', 'E01000002']]);
    expect(postcodeLookup(twice, { postcode: 'pcds', area: 'lsoa11' }, atlasLsoas).problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'postcode LE1 1AA is also on line 2 with a different area (E01000001 there, E01000002 here)'],
    ]);
  });
});

describe('postcodeLocator defaults (NSPL column names)', () => {
  it('picks pcds and doterm without being told', () => {
    const { locate, problems } = postcodeLocator({ method: 'lookup', areaColumn: 'lsoa11' }, nspl, { codes: atlasLsoas, polygons: () => [] });
    expect(problems).toEqual([]);
    expect(locate('LE101AB')).toEqual({ status: 'matched', area: 'E01000002', terminated: true });
  });

  it('says which column it could not find', () => {
    const { problems } = postcodeLocator({ method: 'centroids' }, table(['pcds', 'x', 'y'], []), { codes: atlasLsoas, polygons: () => [] });
    expect(problems[0]!.message).toMatch(/no latitude and longitude \(or easting and northing\) column/);
  });
});

describe('postcodeCentroids', () => {
  // Two areas either side of longitude -1.1 around Leicester.
  const halves = [
    { code: 'WEST', polygons: [[[[-1.2, 52.6], [-1.1, 52.6], [-1.1, 52.7], [-1.2, 52.7], [-1.2, 52.6]]]] },
    { code: 'EAST', polygons: [[[[-1.1, 52.6], [-1.0, 52.6], [-1.0, 52.7], [-1.1, 52.7], [-1.1, 52.6]]]] },
  ];
  const boundaries = buildPolygonIndex(halves);

  it('locates latitude and longitude in the boundaries', () => {
    const centroids = table(['Postcode', 'lat', 'long'], [['LE1 1AA', '52.63212', '-1.12498'], ['LE5 1AA', '52.64', '-1.05'], ['LE9 9AA', '52.5', '-1.5'], ['LE9 9AB', '99.999999', '0.000000']]);
    const { locate, problems } = postcodeCentroids(centroids, { postcode: 'Postcode', latitude: 'lat', longitude: 'long' }, boundaries);
    expect(problems).toEqual([]);
    expect(locate('LE11AA')).toEqual({ status: 'matched', area: 'WEST', terminated: false });
    expect(locate('LE51AA')).toEqual({ status: 'matched', area: 'EAST', terminated: false });
    expect(locate('LE99AA')).toEqual({ status: 'outside', terminated: false }); // outside every area
    expect(locate('LE99AB')).toEqual({ status: 'outside', terminated: false }); // the NSPL's "no location" marker
    expect(locate('LE11AB')).toEqual({ status: 'not-found' });
  });

  it('converts British National Grid eastings and northings (EPSG:27700) before locating them', () => {
    // 459319 E, 304178 N is LE1 1AA's centroid on the National Grid.
    const [lon, lat] = bngToLonLat(459319, 304178);
    expect(lon).toBeCloseTo(-1.12498, 4);
    expect(lat).toBeCloseTo(52.63212, 4);
    const grid = table(['pcds', 'oseast1m', 'osnrth1m', 'doterm'], [['LE1 1AA', '459319', '304178', '200012'], ['LE1 1AB', '', '', '']]);
    // The NSPL's own column names (oseast1m, osnrth1m, doterm) need not be given.
    const { locate, problems } = postcodeLocator({ method: 'centroids' }, grid, { codes: new Set(['WEST', 'EAST']), polygons: () => halves });
    expect(problems).toEqual([]);
    expect(locate('LE11AA')).toEqual({ status: 'matched', area: 'WEST', terminated: true });
    expect(locate('LE11AB')).toEqual({ status: 'outside', terminated: false });
  });
});
