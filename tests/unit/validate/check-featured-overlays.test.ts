import { describe, expect, it } from 'vitest';
import { checkFeaturedOverlays } from '../../../src/pipeline/validate/check-featured-overlays.ts';
import type { AtlasConfig, FeaturedOverlay, Indicator, Level } from '../../../src/pipeline/types.ts';

const level = (id: string) => ({ id }) as Level;
const indicator = (id: string, levels: Record<string, string[]>) => ({ id, levels: Object.entries(levels).map(([l, periods]) => ({ level: l, periods })) }) as unknown as Indicator;
const indicators = [indicator('a', { ward: ['2022', '2023'], district: ['2023'] }), indicator('b', { ward: ['2023'] }), indicator('c', { district: ['2021'] })];
const check = (...overlays: Omit<FeaturedOverlay, 'line'>[]) =>
  checkFeaturedOverlays({ featuredOverlays: overlays.map((o, i) => ({ ...o, line: 10 + i })) } as AtlasConfig, indicators, [level('district'), level('ward')]).map((p) => `${p.line}: ${p.message}`);

describe('checkFeaturedOverlays', () => {
  it('accepts two published indicators that share a level and period', () => {
    expect(check({ x: 'a', y: 'b' }, { x: 'a', y: 'b', level: 'ward', period: '2023' })).toEqual([]);
  });

  it('names the line of an unknown indicator, a pair of one, and a pair that shares nothing', () => {
    expect(check({ x: 'a', y: 'zzz' }, { x: 'a', y: 'a' }, { x: 'b', y: 'c' })).toEqual([
      '10: featured overlay: there is no published indicator "zzz"',
      '11: featured overlay: x and y are both "a"',
      '12: featured overlay: "b" and "c" share no level and period',
    ]);
  });

  it('refuses a level or period the pair does not share', () => {
    expect(check({ x: 'a', y: 'b', level: 'district' }, { x: 'a', y: 'b', period: '2022' })).toEqual([
      '10: featured overlay: "a" and "b" do not share the level "district"',
      '11: featured overlay: "a" and "b" do not share the period "2022"',
    ]);
  });
});
