import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPointDataset, readPointLayer } from '../../../src/pipeline/read/read-point-layer.ts';
import { formatProblem } from '../../../src/pipeline/validate/atlas-error.ts';

const META = `kind: points
title: Schools
publisher: Test Council
contact: { name: Team }
licence: OGL
attribution: Test
release_date: 2024-01-01
file: places.csv
name: { column: Name }
category: { column: Phase }
`;

function atlasWith(location: string, csv: string): string {
  const root = mkdtempSync(join(tmpdir(), 'statlas-points-'));
  mkdirSync(join(root, 'datasets/places'), { recursive: true });
  writeFileSync(join(root, 'datasets/places/metadata.yaml'), META + location + '\n');
  writeFileSync(join(root, 'datasets/places/places.csv'), csv);
  return root;
}

describe('readPointLayer', () => {
  it('converts National Grid positions to longitude and latitude (checked on Ordnance Survey\'s worked example point)', () => {
    const root = atlasWith('location: { easting: E, northing: N }', 'Name,Phase,E,N\nCaister School,Primary,651409.903,313177.270\n"Hill, The",Secondary,"484,759",300979\n');
    expect(isPointDataset(root, 'places')).toBe(true);
    const { layer, problems } = readPointLayer(root, 'places', []);
    expect(problems).toEqual([]);
    expect(layer!.positionsFrom).toBe('national-grid');
    const caister = layer!.places.find((p) => p.name === 'Caister School')!;
    // Ordnance Survey gives the same point in ETRS89 as 52°39'28.8282"N 1°42'57.8663"E; EPSG's
    // Helmert transformation is good to about 5 m.
    const [lon, lat] = [1 + 42 / 60 + 57.8663 / 3600, 52 + 39 / 60 + 28.8282 / 3600];
    expect(Math.hypot((caister.lon - lon) * 111_320 * Math.cos((lat * Math.PI) / 180), (caister.lat - lat) * 111_200)).toBeLessThan(5);
    expect(layer!.places.find((p) => p.name === 'Hill, The')).toMatchObject({ lon: -0.75, lat: 52.6, category: 'Secondary', line: 3 });
  });

  it('keeps latitude and longitude as published, and colours kinds of place alphabetically', () => {
    const root = atlasWith('location: { latitude: Lat, longitude: Lon }', 'Name,Phase,Lat,Lon\nB,Secondary,52.6,-0.75\nA,Primary,52.61,-0.76\nC,Primary,52.62,-0.77\n');
    const { layer } = readPointLayer(root, 'places', []);
    expect(layer!.places.map((p) => p.name)).toEqual(['A', 'C', 'B']);
    expect(layer!.categories).toEqual([
      { name: 'Primary', colour: '#0072b2', count: 2 },
      { name: 'Secondary', colour: '#d55e00', count: 1 },
    ]);
  });

  it('names the file and line of a bad position, and of grid references given as degrees', () => {
    const root = atlasWith('location: { easting: E, northing: N }', 'Name,Phase,E,N\nOne,Primary,x,300979\nTwo,Primary,-0.75,52.6\n');
    const { layer, problems } = readPointLayer(root, 'places', []);
    expect(layer).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'datasets/places/places.csv:2: "x" in column "E" is not a number (the easting). Every place needs a position written as a number.',
      'datasets/places/places.csv:3: easting -0.75, northing 52.6 is not on the British National Grid. Eastings run 0 to 700000 and northings 0 to 1300000 metres; if these are longitude and latitude, say `location: { latitude, longitude }`.',
    ]);
  });

  it('names the metadata line of a column the file does not have', () => {
    const root = atlasWith('location: { easting: Eastings, northing: N }', 'Name,Phase,E,N\nOne,Primary,1,2\n');
    const { problems } = readPointLayer(root, 'places', []);
    expect(problems.map(formatProblem)[0]).toMatch(/^datasets\/places\/metadata.yaml:11: column "Eastings" is not in datasets\/places\/places.csv/);
  });
});
