/**
 * The choropleth for levels too big to send whole (src/pipeline/emit/vector-tiles.ts): the
 * boundaries come as the atlas's own static vector tiles, fetched only for the part of the map
 * in view and simplified for its zoom, and values are painted by feature-state keyed on the
 * area code. Area names (for tooltips) are fetched on the first hover. Same layers, events and
 * ready flag as the TopoJSON map, so tests, the table and the other parts treat both alike.
 */
import type { Map as MapLibreMap, ExpressionSpecification } from 'maplibre-gl';
import type { MapValues } from '../pipeline/emit/map-values.ts';
import { announceMapReady, drawnMap } from './map-events.ts';
import { addAreaTooltip } from './area-tooltip.ts';
import { createMap, fetchJson, hatchPattern } from './map-basics.ts';

interface TileSetInfo {
  bounds: [number, number, number, number];
  minzoom: number;
  maxzoom: number;
  layer: string;
}

const SOURCE = 'areas';

export async function drawTiledChoropleth(container: HTMLElement, preset?: MapValues): Promise<MapLibreMap> {
  const d = container.dataset;
  const [info, values] = await Promise.all([fetchJson<TileSetInfo>(d.tileSet!), preset ?? fetchJson<MapValues>(d.values!)]);
  const map = await createMap(container, info.bounds);

  map.addImage('hatch', hatchPattern(values.suppressedColour), { pixelRatio: 2 });
  // MapLibre needs absolute tile URLs; the template's braces must stay unescaped.
  const tiles = `${location.origin}${d.tiles!}`;
  map.addSource(SOURCE, { type: 'vector', tiles: [tiles], minzoom: info.minzoom, maxzoom: info.maxzoom, bounds: info.bounds, promoteId: { [info.layer]: 'code' } });
  const layer = { source: SOURCE, 'source-layer': info.layer };
  map.addLayer({ id: 'areas-fill', type: 'fill', ...layer, paint: { 'fill-color': tiledFillColour(values), 'fill-opacity': 1 } });
  map.addLayer({ id: 'areas-hatch', type: 'fill', ...layer, paint: { 'fill-pattern': 'hatch', 'fill-opacity': ['case', ['==', ['feature-state', 'status'], 'suppressed'], 1, 0] } });
  map.addLayer({ id: 'areas-outline', type: 'line', ...layer, paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0, 9, 0.6] } });
  map.addLayer({ id: 'areas-hover', type: 'line', ...layer, paint: { 'line-color': '#1b1b1b', 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0] } });
  paintTiledValues(map, info.layer, values);
  // Names are fetched on the first hover: a national level's names are a file of their own.
  let names: Record<string, string> | null = null;
  let namesRequested = false;
  const tooltip = addAreaTooltip(map, container, {
    sourceLayer: info.layer,
    areaUrlTemplate: d.areaUrl!,
    describe: (code) => {
      if (!namesRequested) {
        namesRequested = true;
        void fetchJson<Record<string, string>>(d.areaNames!).then((loaded) => {
          names = loaded;
          tooltip.refresh();
        });
      }
      // The values painted now (the period slider may have changed them since the map was drawn).
      const current = drawnMap(container)?.values ?? values;
      return [names?.[code] ?? code, current.areas[code]?.[2] ?? 'No data'];
    },
  });
  map.once('idle', () => (container.dataset.mapStatus = 'ready'));
  announceMapReady({ container, map, areas: { type: 'FeatureCollection', features: [] }, values });
  return map;
}

/** Sets every area's class and status as feature-state; tiles loaded later pick the state up by code. */
export function paintTiledValues(map: MapLibreMap, sourceLayer: string, values: MapValues): void {
  for (const [code, [classIndex, status]] of Object.entries(values.areas)) {
    map.setFeatureState({ source: SOURCE, sourceLayer, id: code }, { cls: classIndex ?? -1, status });
  }
  map.setPaintProperty('areas-fill', 'fill-color', tiledFillColour(values));
}

function tiledFillColour(values: MapValues): ExpressionSpecification {
  const stops = values.colours.flatMap((colour, i) => [i, colour]);
  return [
    'case',
    ['==', ['feature-state', 'status'], 'suppressed'],
    values.suppressedColour,
    ['match', ['number', ['feature-state', 'cls'], -1], ...stops, values.noValueColour],
  ] as unknown as ExpressionSpecification;
}
