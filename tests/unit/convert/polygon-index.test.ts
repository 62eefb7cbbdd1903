import { describe, expect, it } from 'vitest';
import { pointInPolygon } from '../../../src/pipeline/convert/point-in-polygon.ts';
import { areasContaining, buildPolygonIndex, locatePoint, type AreaPolygons } from '../../../src/pipeline/convert/polygon-index.ts';

const square = (x0: number, y0: number, x1: number, y1: number) => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

/** Two unit squares side by side sharing the edge x = 1; B has a hole; C is two separate parts. */
const areas: AreaPolygons[] = [
  { code: 'A', polygons: [[square(0, 0, 1, 1)]] },
  { code: 'B', polygons: [[square(1, 0, 2, 1), square(1.4, 0.4, 1.6, 0.6)]] },
  { code: 'C', polygons: [[square(5, 5, 6, 6)], [square(8, 8, 9, 9)]] },
];

describe('pointInPolygon', () => {
  it('counts a point inside the outer ring and outside every hole', () => {
    expect(pointInPolygon(1.2, 0.5, [square(1, 0, 2, 1), square(1.4, 0.4, 1.6, 0.6)])).toBe(true);
    expect(pointInPolygon(1.5, 0.5, [square(1, 0, 2, 1), square(1.4, 0.4, 1.6, 0.6)])).toBe(false);
    expect(pointInPolygon(3, 0.5, [square(1, 0, 2, 1)])).toBe(false);
  });
});

describe('buildPolygonIndex and locatePoint', () => {
  const index = buildPolygonIndex(areas);

  it('finds the area holding a point', () => {
    expect(locatePoint(index, 0.5, 0.5)).toBe('A');
    expect(locatePoint(index, 1.9, 0.1)).toBe('B');
    expect(locatePoint(index, 8.5, 8.5)).toBe('C'); // the second part of a multipolygon
  });

  it('finds no area outside them all, in a hole, or between the parts of a multipolygon', () => {
    expect(locatePoint(index, 1.5, 0.5)).toBeNull();
    expect(locatePoint(index, 7, 7)).toBeNull();
    expect(locatePoint(index, -1, 0.5)).toBeNull();
    expect(locatePoint(index, 100, 100)).toBeNull();
  });

  it('puts a point on an edge shared by two areas in exactly one of them', () => {
    for (const y of [0.1, 0.25, 0.5, 0.99]) expect(areasContaining(index, 1, y), `y=${y}`).toHaveLength(1);
  });

  it('agrees with testing every polygon, for a grid of points', () => {
    for (let x = -0.5; x <= 9.5; x += 0.13) {
      for (let y = -0.5; y <= 9.5; y += 0.17) {
        const expected = areas.filter((a) => a.polygons.some((rings) => pointInPolygon(x, y, rings))).map((a) => a.code);
        expect(areasContaining(index, x, y), `${x},${y}`).toEqual(expected);
      }
    }
  });

  it('lists every area where areas overlap, and locates to the first in input order', () => {
    const overlapping = buildPolygonIndex([{ code: 'P', polygons: [[square(0, 0, 2, 2)]] }, { code: 'Q', polygons: [[square(1, 1, 3, 3)]] }]);
    expect(areasContaining(overlapping, 1.5, 1.5)).toEqual(['P', 'Q']);
    expect(locatePoint(overlapping, 1.5, 1.5)).toBe('P');
  });

  it('copes with no areas at all', () => {
    expect(locatePoint(buildPolygonIndex([]), 0, 0)).toBeNull();
  });
});
