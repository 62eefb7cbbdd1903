/**
 * Repaints a drawn map from another values file (another period, say): each area's class,
 * status and tooltip text are rewritten in the GeoJSON the map holds, the source is given the
 * new data and the fill colours follow the new values. Loaded only once a map exists.
 */
import type { GeoJSONSource } from 'maplibre-gl';
import type { MapValues } from '../pipeline/emit/map-values.ts';
import { fillColour } from './choropleth.ts';
import type { DrawnMap } from './map-events.ts';

export async function applyMapValues(entry: DrawnMap, values: MapValues): Promise<void> {
  const source = entry.map.getSource('areas');
  if (source?.type === 'vector') {
    // A tiled level paints by feature-state rather than from GeoJSON properties.
    const { paintTiledValues } = await import('./tiled-choropleth.ts');
    paintTiledValues(entry.map, entry.map.getLayer('areas-fill')!.sourceLayer!, values);
    entry.values = values;
    entry.container.dispatchEvent(new CustomEvent('statlas:map-values', { bubbles: true, detail: entry }));
    return;
  }
  for (const f of entry.areas.features) {
    const [classIndex, status, display] = values.areas[String(f.properties.code)] ?? [null, 'no-data', 'No data'];
    f.properties.cls = classIndex ?? -1;
    f.properties.status = status;
    f.properties.display = display;
  }
  (entry.map.getSource('areas') as GeoJSONSource).setData(entry.areas);
  entry.map.setPaintProperty('areas-fill', 'fill-color', fillColour(values));
  entry.values = values;
  entry.container.dispatchEvent(new CustomEvent('statlas:map-values', { bubbles: true, detail: entry }));
}
