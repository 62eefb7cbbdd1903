/**
 * A point dataset as the GeoJSON its map layer draws: one feature per place with its name,
 * kind and detail columns, positions in WGS84 to 5 decimals (about 1 m), in the layer's order.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { PointLayer } from '../types.ts';

export function pointsGeoJson(layer: PointLayer): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: layer.places.map((place) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: { name: place.name, category: place.category, ...Object.fromEntries(layer.detailColumns.map((column, i) => [column, place.details[i] ?? ''])) },
    })),
  };
}
