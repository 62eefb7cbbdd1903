/**
 * Draws one choropleth with MapLibre GL from the atlas's own files: the level's TopoJSON and the
 * indicator's values file. No tiles, glyphs, sprites or styles are fetched: the style is a plain
 * background and area names live in HTML (tooltip, table), so the map works on a closed intranet.
 */
import type { Map as MapLibreMap, ExpressionSpecification, GeoJSONSource } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { MapValues } from '../pipeline/emit/map-values.ts';
import { announceMapReady } from './map-events.ts';
import { addAreaTooltip } from './area-tooltip.ts';
import { createMap, fetchJson, hatchPattern } from './map-basics.ts';

/** Draws the map in `container` from its data attributes; `preset` values (an overlay built in the browser) replace fetching `data-values`. */
export async function drawChoropleth(container: HTMLElement, preset?: MapValues): Promise<MapLibreMap> {
  const d = container.dataset;
  const [topology, values] = await Promise.all([fetchJson<Topology>(d.topology!), preset ?? fetchJson<MapValues>(d.values!)]);
  const object = topology.objects[d.object!] as GeometryCollection;
  const areas = feature(topology, object) as FeatureCollection<Geometry, Record<string, unknown>>;
  for (const f of areas.features) {
    const code = String(f.properties[d.codeProperty!]);
    const [classIndex, status, display] = values.areas[code] ?? [null, 'no-data', 'No data'];
    f.properties = { code, name: String(f.properties[d.nameProperty!] ?? code), cls: classIndex ?? -1, status, display };
  }

  const map = await createMap(container, boundsOf(areas));
  map.addImage('hatch', hatchPattern(values.suppressedColour), { pixelRatio: 2 });
  map.addSource('areas', { type: 'geojson', data: areas, promoteId: 'code' });
  map.addLayer({ id: 'areas-fill', type: 'fill', source: 'areas', paint: { 'fill-color': fillColour(values), 'fill-opacity': 1 } });
  map.addLayer({ id: 'areas-hatch', type: 'fill', source: 'areas', filter: ['==', ['get', 'status'], 'suppressed'], paint: { 'fill-pattern': 'hatch' } });
  map.addLayer({ id: 'areas-outline', type: 'line', source: 'areas', paint: { 'line-color': '#ffffff', 'line-width': 0.6 } });
  map.addLayer({
    id: 'areas-hover',
    type: 'line',
    source: 'areas',
    paint: { 'line-color': '#1b1b1b', 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0] },
  });
  addAreaTooltip(map, container, {
    areaUrlTemplate: d.areaUrl!,
    // The GeoJSON features carry their name and the text of their current value.
    describe: (_code, feature) => [String(feature.properties.name), String(feature.properties.display)],
  });
  map.once('idle', () => (container.dataset.mapStatus = 'ready'));
  announceMapReady({ container, map, areas, values });
  return map;
}

export function fillColour(values: MapValues): ExpressionSpecification {
  const stops = values.colours.flatMap((colour, i) => [i, colour]);
  return [
    'case',
    ['==', ['get', 'status'], 'suppressed'],
    values.suppressedColour,
    ['match', ['get', 'cls'], ...stops, values.noValueColour],
  ] as unknown as ExpressionSpecification;
}

function boundsOf(collection: FeatureCollection): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (position: Position) => {
    const [x, y] = position as [number, number];
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  };
  const walk = (coordinates: unknown): void => {
    if (typeof (coordinates as number[])[0] === 'number') visit(coordinates as Position);
    else for (const c of coordinates as unknown[]) walk(c);
  };
  for (const f of collection.features) if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
  return [west, south, east, north];
}

export type { GeoJSONSource };
