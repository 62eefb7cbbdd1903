import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { EPSG_27700, OSGB36_LONLAT, bngToLonLat, lonLatToBng, onNationalGrid } from '../../../src/pipeline/convert/british-national-grid.ts';

const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;
const project = (lon: number, lat: number) => proj4(OSGB36_LONLAT, EPSG_27700, [lon, lat]) as [number, number];

describe('the British National Grid definition (EPSG:27700)', () => {
  it('projects the EPSG Guidance Note 7-2 example: 50°30\'N 0°30\'E -> E 577274.99, N 69740.50', () => {
    const [e, n] = project(0.5, 50.5);
    expect(Math.abs(e - 577274.99)).toBeLessThan(0.01);
    expect(Math.abs(n - 69740.5)).toBeLessThan(0.01);
  });

  it('projects Ordnance Survey\'s worked example (A guide to coordinate systems in Great Britain, Annex C) to the millimetre', () => {
    // 52°39'27.2531"N 1°43'4.5177"E on Airy 1830 -> E 651409.903, N 313177.270
    const [e, n] = project(dms(1, 43, 4.5177), dms(52, 39, 27.2531));
    expect(Math.abs(e - 651409.903)).toBeLessThan(0.001);
    expect(Math.abs(n - 313177.27)).toBeLessThan(0.001);
  });
});

describe('bngToLonLat and lonLatToBng', () => {
  it('go there and back to within a metre, rounding to 5 decimals', () => {
    for (const [lon, lat] of [[-0.75, 52.6], [-3.2, 55.95], [-5.5, 50.1], [1.3, 52.63]] as const) {
      const [e, n] = lonLatToBng(lon, lat);
      expect(bngToLonLat(e, n)).toEqual([lon, lat]);
    }
  });

  it('moves a National Grid position by the datum shift, about 100 m, not more', () => {
    // The same numbers read as OSGB36 and as WGS84 differ by the datum shift alone.
    const [e, n] = project(-0.75, 52.6);
    const [lon, lat] = bngToLonLat(e, n);
    const metres = Math.hypot((lon + 0.75) * 111_320 * Math.cos((52.6 * Math.PI) / 180), (lat - 52.6) * 111_200);
    expect(metres).toBeGreaterThan(50);
    expect(metres).toBeLessThan(200);
  });

  it('knows what is on the grid', () => {
    expect(onNationalGrid(484759, 300979)).toBe(true);
    expect(onNationalGrid(800_000, 100)).toBe(false);
    expect(onNationalGrid(100, 1_400_000)).toBe(false);
  });
});
