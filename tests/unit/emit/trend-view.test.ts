import { describe, expect, it } from 'vitest';
import { trendChart } from '../../../src/pipeline/emit/trend-chart.ts';
import { ATLAS_NAME, trendView } from '../../../src/pipeline/emit/trend-view.ts';
import { atlasWith, percentageIndicator } from './atlas-fixture.ts';

describe('trendView', () => {
  const indicator = percentageIndicator();
  const atlas = atlasWith(indicator);

  it("shows an area's values with 95% Wilson bands and the whole atlas as reference", () => {
    const view = trendView(atlas, indicator, 'ward', 'W1');
    expect(view.main.name).toBe('Ash');
    expect(view.main.points.map((p) => [p.period, p.value, p.display])).toEqual([['2022', 20, '20.0%'], ['2023', 30, '30.0%']]);
    expect(view.main.points[0]).toMatchObject({ lower: 17.6, upper: 22.6 });
    expect(view.main.band).toBe('confidence');
    expect(view.reference!.name).toBe(ATLAS_NAME);
    expect(view.summary).toBe('Ash: share of residents was 30.0% in 2023, higher than the 20.0% of 2022.');
  });

  it('shows the whole atlas without an area, and the median with the middle half of areas when the atlas cannot be combined', () => {
    expect(trendView(atlas, indicator, 'ward', null).main.name).toBe(ATLAS_NAME);
    const noAtlas = { ...indicator, benchmark: [] };
    const view = trendView(atlasWith(noAtlas), noAtlas, 'ward', null);
    expect(view.main).toMatchObject({ name: 'Median of wards', band: 'interquartile' });
    expect(view.main.points[1]).toMatchObject({ value: 25.5, lower: 17.8, upper: 27.8 });
  });

  it('keeps a suppressed period as a status and a gap in the line', () => {
    const view = trendView(atlas, indicator, 'ward', 'W3');
    expect(view.main.points[0]).toMatchObject({ value: null, status: 'suppressed', display: 'Suppressed' });
    const chart = trendChart(view);
    expect(chart.markers.map((m) => m.period)).toEqual(['2023']);
    expect(chart.line).toMatch(/^M[\d.]+,[\d.]+Z?$/);
  });
});

describe('trendChart', () => {
  it('spaces periods evenly, puts higher values higher, and never runs the axis below zero for positive data', () => {
    const indicator = percentageIndicator();
    const chart = trendChart(trendView(atlasWith(indicator), indicator, 'ward', 'W1'));
    const [a, b] = chart.markers;
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(b!.y).toBeLessThan(a!.y);
    expect(Number(chart.yTicks[0]!.label)).toBeGreaterThanOrEqual(0);
    expect(chart.band).toMatch(/^M.*Z$/);
    expect(chart.referenceLine).not.toBe('');
  });
});
