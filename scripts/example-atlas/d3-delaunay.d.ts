// The little of d3-delaunay (which ships no types) that the example-atlas generator uses.
declare module 'd3-delaunay' {
  export class Voronoi {
    cellPolygon(index: number): [number, number][] | null;
  }
  export class Delaunay {
    static from(points: ArrayLike<[number, number]>): Delaunay;
    voronoi(bounds: [number, number, number, number]): Voronoi;
  }
}
