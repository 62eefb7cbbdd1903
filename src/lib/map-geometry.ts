/**
 * How a level's boundaries reach the map: one shared TopoJSON, or, for levels too big to send
 * whole, the atlas's own vector tiles (src/pipeline/emit/vector-tiles.ts).
 */
import { shouldTile } from '../pipeline/emit/vector-tiles.ts';
import type { Level } from '../pipeline/types.ts';
import { urls } from './urls.ts';

export interface TiledGeometry {
  tiles: string;
  tileSet: string;
  names: string;
}

export function tiledGeometry(level: Level): TiledGeometry | undefined {
  if (!shouldTile(level.areas.length)) return undefined;
  return { tiles: urls.tiles(level.id), tileSet: urls.tileSet(level.id), names: urls.areaNames(level.id) };
}
