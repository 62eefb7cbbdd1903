/**
 * A level's areas as polygons, read from its TopoJSON (the same simplified boundaries the maps
 * draw), for locating points in them. Topology-preserving simplification keeps neighbours
 * sharing their edges, so the areas still tile without gaps or overlaps.
 */
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AreaPolygons } from '../convert/polygon-index.ts';
import type { Level } from '../types.ts';

export function readLevelPolygons(level: Pick<Level, 'topologyPath' | 'object' | 'codeProperty'>): AreaPolygons[] {
  const topology = JSON.parse(readFileSync(level.topologyPath, 'utf8')) as Topology;
  return topologyPolygons(topology, level.object, level.codeProperty);
}

/** Polygons by area code from one object of a topology; features that are not polygons are skipped. */
export function topologyPolygons(topology: Topology, object: string, codeProperty: string): AreaPolygons[] {
  const collection = feature(topology, topology.objects[object] as GeometryCollection);
  const areas: AreaPolygons[] = [];
  for (const f of collection.features) {
    const code = String((f.properties as Record<string, unknown> | null)?.[codeProperty] ?? '').trim();
    const geometry = f.geometry;
    if (!code || !geometry) continue;
    if (geometry.type === 'Polygon') areas.push({ code, polygons: [geometry.coordinates] });
    else if (geometry.type === 'MultiPolygon') areas.push({ code, polygons: geometry.coordinates });
  }
  return areas.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
