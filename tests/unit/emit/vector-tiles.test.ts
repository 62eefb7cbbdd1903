import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { shouldTile, tileOf, TILE_LAYER, vectorTiles } from '../../../src/pipeline/emit/vector-tiles.ts';
import type { FeatureCollection, Polygon } from 'geojson';

const square = (code: string, x: number, y: number, size: number) => ({
  type: 'Feature' as const,
  properties: { code },
  geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] },
});

describe('tileOf', () => {
  it('finds the Web Mercator tile of a point', () => {
    expect(tileOf(0, 0, 1)).toEqual([1, 1]);
    expect(tileOf(-1.13, 52.63, 10)).toEqual([508, 335]); // Leicester: x = 178.87/360*1024, y from the Mercator formula
    expect(tileOf(-180, 85.1, 3)).toEqual([0, 0]);
  });
});

describe('vectorTiles', () => {
  const areas: FeatureCollection<Polygon, { code: string }> = { type: 'FeatureCollection', features: [square('A', -1.2, 52.6, 0.05), square('B', -1.15, 52.6, 0.05)] };

  it('writes decodable tiles whose features carry the area code', () => {
    const { tiles, bounds } = vectorTiles(areas, { minZoom: 0, maxZoom: 8, tolerance: 3 });
    expect(bounds.map((b) => Math.round(b * 100) / 100)).toEqual([-1.2, 52.6, -1.1, 52.65]);
    const [x, y] = tileOf(-1.15, 52.62, 8);
    expect(tiles.has(`8/${x}/${y}`)).toBe(true);
    const tile = new VectorTile(new PbfReader(tiles.get(`8/${x}/${y}`)!));
    const layer = tile.layers[TILE_LAYER]!;
    const codes = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties.code).sort();
    expect(codes).toEqual(['A', 'B']);
  });

  it('leaves out areas too small to see at a zoom, rather than drawing specks', () => {
    const { tiles } = vectorTiles(areas, { minZoom: 0, maxZoom: 8, tolerance: 3 });
    expect(tiles.get('0/0/0')).toEqual(new Uint8Array(0));
  });

  it('writes tiles only within the bounds of the areas', () => {
    const { tiles } = vectorTiles(areas, { minZoom: 0, maxZoom: 6, tolerance: 3 });
    for (const key of tiles.keys()) {
      const [z, x, y] = key.split('/').map(Number) as [number, number, number];
      const [xA, yA] = tileOf(-1.2, 52.65, z);
      const [xB, yB] = tileOf(-1.1, 52.6, z);
      expect(x >= xA && x <= xB && y >= yA && y <= yB, key).toBe(true);
    }
  });
});

describe('shouldTile', () => {
  it('tiles only levels too big to send whole', () => {
    expect(shouldTile(611)).toBe(false);
    expect(shouldTile(32844)).toBe(true);
  });
});
