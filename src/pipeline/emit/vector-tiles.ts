/**
 * Static vector tiles for levels too big to send whole. England's 32,844 LSOAs make a TopoJSON
 * of 7.7 MB (1.8 MB gzip) that every map must parse before it paints; cut into Mapbox Vector
 * Tiles, a national view needs a handful of tiles (about 270 kB gzip at zoom 6) and a local view
 * a few more, each simplified for its zoom. Tiles are written once at build time as
 * /tiles/<level>/<z>/<x>/<y>.pbf and served like any other file: nothing from third parties.
 *
 * Features carry only their area code (names and values travel in their own files, as for
 * TopoJSON levels), so the map paints values by feature-state keyed on the code.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection, Geometry } from 'geojson';

/** Levels with more areas than this are tiled; smaller ones ship as one TopoJSON. */
export const TILE_THRESHOLD = 4000;

export const TILE_LAYER = 'areas';

export interface TileOptions {
  minZoom: number;
  maxZoom: number;
  /** Simplification tolerance in tile units (extent 4096): 8 is about 1 pixel of a 512-px tile. */
  tolerance: number;
}

export const DEFAULT_TILE_OPTIONS: TileOptions = { minZoom: 0, maxZoom: 10, tolerance: 8 };

export interface TileSet {
  /** "z/x/y" -> encoded tile, for every tile within the bounds (empty where nothing reaches). */
  tiles: Map<string, Uint8Array>;
  /** [west, south, east, north] of the features. */
  bounds: [number, number, number, number];
}

export function shouldTile(areaCount: number): boolean {
  return areaCount > TILE_THRESHOLD;
}

export function vectorTiles(collection: FeatureCollection<Geometry, { code: string }>, options: TileOptions = DEFAULT_TILE_OPTIONS): TileSet {
  const bounds = boundsOf(collection);
  const index = new GeoJSONVT(collection, { maxZoom: options.maxZoom, indexMaxZoom: options.maxZoom, indexMaxPoints: 0, tolerance: options.tolerance, extent: 4096, buffer: 64 });
  const tiles = new Map<string, Uint8Array>();
  for (let z = options.minZoom; z <= options.maxZoom; z++) {
    const [xMin, yMin] = tileOf(bounds[0], bounds[3], z);
    const [xMax, yMax] = tileOf(bounds[2], bounds[1], z);
    for (let x = xMin; x <= xMax; x++) {
      for (let y = yMin; y <= yMax; y++) {
        // Every tile in the bounds is written, an empty one (0 bytes, which MapLibre reads as a
        // tile with nothing in it) where no area reaches: a missing file would be a 404.
        const tile = index.getTile(z, x, y);
        tiles.set(`${z}/${x}/${y}`, tile && tile.features.length > 0 ? fromGeojsonVt({ [TILE_LAYER]: tile }, { version: 2, extent: 4096 }) : new Uint8Array(0));
      }
    }
  }
  return { tiles, bounds };
}

/** The Web Mercator tile holding a point at zoom z. */
export function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const clampedLat = Math.max(-85.0511, Math.min(85.0511, lat));
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (clampedLat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

function boundsOf(collection: FeatureCollection): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    } else for (const inner of c as unknown[]) visit(inner);
  };
  for (const f of collection.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return b;
}
