/**
 * Whether a point lies inside a polygon given as rings (the first the outer boundary, the rest
 * holes), by the even-odd rule: a ray from the point crosses the boundary an odd number of times
 * when it is inside. Each edge counts as crossed when one end is strictly above the point and the
 * other is not, so a point on an edge shared by two neighbouring polygons falls in exactly one.
 *
 * Planar arithmetic on the coordinates as given (longitude, latitude): over the few hundred
 * metres of an edge between vertices the curvature of the earth changes nothing.
 */
export type Ring = readonly (readonly number[])[];

export function pointInPolygon(x: number, y: number, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = ring[i]![0]!;
      const yi = ring[i]![1]!;
      const xj = ring[j]![0]!;
      const yj = ring[j]![1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
