import { describe, expect, it } from 'vitest';
import { areaCsv } from '../../../src/pipeline/emit/area-csv.ts';
import { areaProfile } from '../../../src/pipeline/emit/area-profile.ts';
import { benchmarkSummary } from '../../../src/pipeline/emit/benchmark-summary.ts';
import { atlasWith, levels, percentageIndicator } from './atlas-fixture.ts';

describe('areaProfile', () => {
  const atlas = atlasWith(percentageIndicator());
  const profile = areaProfile(atlas, levels[1]!.areas[0]!);
  const row = profile.rows[0]!;

  it('compares the latest value with its parent and the whole atlas', () => {
    // Ash: 300/1000 = 30.0%; Dale and the atlas: 452/1900 = 23.8%.
    expect(row).toMatchObject({ period: '2023', value: 30, parentValue: 23.8, atlasValue: 23.8, intervalDisplay: '27.2% to 32.9%' });
    expect(row.vsParent).toMatchObject({ result: 'better', label: 'Better (99.8%)' });
    expect(row.vsAtlas.label).toBe('Better (99.8%)');
  });

  it('draws a spine centred on the whole atlas', () => {
    expect(row.spineCentre).toBe('atlas');
    expect(row.spine).toMatchObject({ centre: 0.5, min: 10, max: 30 });
    // The furthest area from the atlas (23.79%) is Cedar at 10.0%, so the bar starts at the left edge.
    const half = (452 / 1900) * 100 - 10;
    expect(row.spine!.rangeFrom).toBe(0);
    expect(row.spine!.value).toBeCloseTo((30 - 10) / (2 * half), 12);
  });

  it('writes the same row to the CSV', () => {
    expect(areaCsv(profile).split('\r\n')[1]).toBe('W1,Ash,ward,share,Share of residents,2023,30,,27.2,32.9,D1,23.8,Better (99.8%),23.8,Better (99.8%)');
  });
});

describe('benchmarkSummary', () => {
  it('counts how the areas of a period compare with the whole atlas', () => {
    const indicator = percentageIndicator();
    const summary = benchmarkSummary(atlasWith(indicator), indicator, 'ward', '2023');
    // Ash 30.0% and Birch 25.5% are above the atlas's 23.8% (Birch not significantly); Cedar 10.0% is below.
    expect(summary).toMatchObject({ atlasDisplay: '23.8%', counts: { better: 1, similar: 1, worse: 1, 'not-compared': 0 } });
    expect(benchmarkSummary(atlasWith(indicator), indicator, 'ward', '2022').counts['not-compared']).toBe(1);
  });
});
