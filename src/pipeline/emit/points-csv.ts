/** The CSV of a point dataset: the rows its table shows, with WGS84 positions. Formula-safe like every CSV. */
import type { PointLayer } from '../types.ts';
import { toCsv } from './csv.ts';

export function pointsCsv(layer: PointLayer): string {
  return toCsv(
    ['name', 'category', 'longitude', 'latitude', ...layer.detailColumns],
    layer.places.map((p) => [p.name, p.category, p.lon, p.lat, ...p.details]),
  );
}
