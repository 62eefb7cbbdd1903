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
import { announceAreaClick, announceAreaHover, announceMapReady } from './map-events.ts';
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
  addTooltip(map, container, d.areaUrl!);
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

function addTooltip(map: MapLibreMap, container: HTMLElement, areaUrlTemplate: string): void {
  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  container.append(tooltip);
  let hovered: string | null = null;
  const setHover = (code: string | null) => {
    if (hovered) map.setFeatureState({ source: 'areas', id: hovered }, { hover: false });
    hovered = code;
    if (code) map.setFeatureState({ source: 'areas', id: code }, { hover: true });
    announceAreaHover(container, code);
  };
  map.on('mousemove', 'areas-fill', (event) => {
    const f = event.features?.[0];
    if (!f) return;
    setHover(String(f.properties.code));
    tooltip.textContent = '';
    const name = document.createElement('strong');
    name.textContent = String(f.properties.name);
    tooltip.append(name, document.createElement('br'), String(f.properties.display));
    tooltip.hidden = false;
    tooltip.style.left = `${event.point.x + 12}px`;
    tooltip.style.top = `${event.point.y + 12}px`;
    map.getCanvas().style.cursor = 'pointer';
  });
  map.on('mouseleave', 'areas-fill', () => {
    setHover(null);
    tooltip.hidden = true;
    map.getCanvas().style.cursor = '';
  });
  map.on('click', 'areas-fill', (event) => {
    const code = event.features?.[0]?.properties.code;
    // A page that selects areas (linked views, shareable state) cancels the event; else open the profile.
    if (code && announceAreaClick(container, String(code))) window.location.href = areaUrlTemplate.replace('{code}', encodeURIComponent(String(code)));
  });
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
