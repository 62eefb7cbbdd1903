import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { mapSvg, wrapLines } from '../../../src/pipeline/emit/map-svg.ts';

const square = (x: number, y: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x, y + 0.1], [x + 0.1, y + 0.1], [x + 0.1, y], [x, y]]] });
const areas: FeatureCollection<Geometry, { fill: string; hatch?: boolean }> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: square(-1, 52), properties: { fill: '#e8e8e8' } },
    { type: 'Feature', geometry: square(-0.9, 52), properties: { fill: '#9e9e9e', hatch: true } },
  ],
};

describe('mapSvg', () => {
  const svg = mapSvg({
    title: 'Rate <per 1,000>',
    areas,
    points: [{ colour: '#0072b2', features: [[-0.95, 52.05]] }],
    legend: { kind: 'list', entries: [{ colour: '#e8e8e8', label: 'Low & lower' }, { colour: '#9e9e9e', label: 'Suppressed', hatch: true }] },
    credit: 'Source: test',
    width: 400,
    mapHeight: 200,
  });

  it('draws each area in its colour, suppressed areas hatched', () => {
    const paths = [...svg.matchAll(/<path d="([^"]+)" fill="([^"]+)"/g)].map((m) => m[2]);
    expect(paths).toEqual(['#e8e8e8', 'url(#hatch)']);
    expect(svg).toContain('<pattern id="hatch"');
  });

  it('fits the areas in the frame, west to east, side by side', () => {
    const xs = [...svg.matchAll(/<path d="M([\d.]+),([\d.]+)/g)].map((m) => Number(m[1]));
    expect(xs[0]!).toBeGreaterThanOrEqual(16);
    expect(xs[0]!).toBeLessThan(xs[1]!);
  });

  it('draws the point layers and escapes every text', () => {
    expect(svg).toMatch(/<g fill="#0072b2"[^>]*><circle cx="[\d.]+" cy="[\d.]+" r="5"\/><\/g>/);
    expect(svg).toContain('Rate &lt;per 1,000&gt;');
    expect(svg).toContain('Low &amp; lower');
    expect(svg).toContain('Source: test');
  });
});

describe('wrapLines', () => {
  it('breaks text between words into lines no longer than asked, unless a word is longer', () => {
    expect(wrapLines('Grade 4 or above in English and maths GCSE', 16)).toEqual(['Grade 4 or above', 'in English and', 'maths GCSE']);
    expect(wrapLines('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
    expect(wrapLines('', 10)).toEqual([]);
  });
});

describe('mapSvg with a bivariate key', () => {
  it('draws the 3 x 3 grid of class codes, upper thirds on top, and says which axis is which', () => {
    const codes = ['A1', 'B1', 'C1', 'A2', 'B2', 'C2', 'A3', 'B3', 'C3'];
    const svg = mapSvg({
      title: 'Overlay',
      areas,
      legend: { kind: 'grid', xTitle: 'Attainment', yTitle: 'Conceptions', cells: codes.map((code, i) => ({ code, colour: i === 8 ? '#531739' : '#e8e8e8', count: 1 })), entries: [] },
      credit: '',
    });
    const printed = [...svg.matchAll(/font-weight="700" fill="(#[0-9a-f]+)">([A-C][1-3])<\/text>/g)].map((m) => m[2]);
    expect(printed).toEqual(['A3', 'B3', 'C3', 'A2', 'B2', 'C2', 'A1', 'B1', 'C1']);
    expect(svg).toContain('fill="#ffffff">C3</text>'); // white on the darkest class
    expect(svg).toContain('Across (A-C): Attainment. Up (1-3): Conceptions.');
  });
});
