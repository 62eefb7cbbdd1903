/**
 * Finds which area a point falls in, fast enough for every postcode of a county (tens of
 * thousands of points against hundreds of areas in tens of milliseconds).
 *
 *   areas ──► parts (one per polygon of a multipolygon) with bounding boxes
 *         ──► a uniform grid over the extent; each cell lists the parts whose box touches it
 *   point ──► its cell ──► parts whose box holds the point ──► exact test (point-in-polygon.ts)
 *
 * Pure TypeScript rather than a mapshaper point-in-polygon join: it keeps no file I/O, and for
 * this job (many points, a few hundred polygons) a grid beats building a mapshaper dataset.
 */
import { pointInPolygon, type Ring } from './point-in-polygon.ts';

/** An area's geometry as GeoJSON MultiPolygon coordinates: polygons of rings of [x, y]. */
export interface AreaPolygons {
  code: string;
  polygons: readonly (readonly Ring[])[];
}

interface Part {
  area: number;
  rings: readonly Ring[];
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface PolygonIndex {
  codes: string[];
  parts: Part[];
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  cellWidth: number;
  cellHeight: number;
  columns: number;
  rows: number;
  /** Part indices per grid cell, row-major. */
  cells: number[][];
}

/**
 * Indexes areas for point lookups. About four grid cells per polygon part keeps the candidate
 * list per cell short without a large grid.
 */
export function buildPolygonIndex(areas: readonly AreaPolygons[]): PolygonIndex {
  const parts: Part[] = [];
  areas.forEach((area, index) => {
    for (const rings of area.polygons) {
      const outer = rings[0];
      if (!outer || outer.length < 3) continue;
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (const point of outer) {
        minX = Math.min(minX, point[0]!);
        maxX = Math.max(maxX, point[0]!);
        minY = Math.min(minY, point[1]!);
        maxY = Math.max(maxY, point[1]!);
      }
      parts.push({ area: index, rings, minX, minY, maxX, maxY });
    }
  });
  // Loops, not Math.min(...spread): a national level has more parts than a call takes arguments.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of parts) {
    minX = Math.min(minX, part.minX);
    minY = Math.min(minY, part.minY);
    maxX = Math.max(maxX, part.maxX);
    maxY = Math.max(maxY, part.maxY);
  }
  const columns = Math.max(1, Math.ceil(Math.sqrt(parts.length * 4)));
  const rows = columns;
  const cellWidth = (maxX - minX) / columns || 1;
  const cellHeight = (maxY - minY) / rows || 1;
  const cells: number[][] = Array.from({ length: columns * rows }, () => []);
  const clamp = (value: number, count: number) => Math.min(count - 1, Math.max(0, value));
  parts.forEach((part, index) => {
    const c0 = clamp(Math.floor((part.minX - minX) / cellWidth), columns);
    const c1 = clamp(Math.floor((part.maxX - minX) / cellWidth), columns);
    const r0 = clamp(Math.floor((part.minY - minY) / cellHeight), rows);
    const r1 = clamp(Math.floor((part.maxY - minY) / cellHeight), rows);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) cells[r * columns + c]!.push(index);
  });
  return { codes: areas.map((a) => a.code), parts, minX, minY, maxX, maxY, cellWidth, cellHeight, columns, rows, cells };
}

/** Indices (into `index.codes`) of every area holding the point, in input order. */
function areasAt(index: PolygonIndex, x: number, y: number): number[] {
  if (!(x >= index.minX && x <= index.maxX && y >= index.minY && y <= index.maxY)) return [];
  // The grid's far edges belong to its last cells.
  const c = Math.min(index.columns - 1, Math.floor((x - index.minX) / index.cellWidth));
  const r = Math.min(index.rows - 1, Math.floor((y - index.minY) / index.cellHeight));
  const found: number[] = [];
  for (const partIndex of index.cells[r * index.columns + c]!) {
    const part = index.parts[partIndex]!;
    if (x < part.minX || x > part.maxX || y < part.minY || y > part.maxY) continue;
    if (pointInPolygon(x, y, part.rings) && !found.includes(part.area)) found.push(part.area);
  }
  return found.sort((a, b) => a - b);
}

/** The code of the area holding the point (the first in input order if areas overlap), or null. */
export function locatePoint(index: PolygonIndex, x: number, y: number): string | null {
  const found = areasAt(index, x, y);
  return found.length > 0 ? index.codes[found[0]!]! : null;
}

/** The codes of every area holding the point: more than one only where areas overlap. */
export function areasContaining(index: PolygonIndex, x: number, y: number): string[] {
  return areasAt(index, x, y).map((i) => index.codes[i]!);
}
