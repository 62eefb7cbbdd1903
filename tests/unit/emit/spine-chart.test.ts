import { describe, expect, it } from 'vitest';
import { spineGeometry } from '../../../src/pipeline/emit/spine-chart.ts';

// Ten areas from 10 to 100; R's type-7 quartiles are 32.5 and 77.5.
const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

describe('spineGeometry', () => {
  it('centres the benchmark and scales both halves by the area furthest from it', () => {
    const s = spineGeometry({ sortedValues: values, centre: 40, value: 70, polarity: 'higher-is-better' })!;
    // Furthest from 40 is 100 (60 away), so the axis runs from -20 to 100.
    expect(s.centre).toBe(0.5);
    expect(s.rangeFrom).toBeCloseTo(30 / 120, 12);
    expect(s.rangeTo).toBe(1);
    expect(s.q25).toBe(32.5);
    expect(s.q75).toBe(77.5);
    expect(s.bandFrom).toBeCloseTo(52.5 / 120, 12);
    expect(s.bandTo).toBeCloseTo(97.5 / 120, 12);
    expect(s.value).toBeCloseTo(90 / 120, 12);
    expect([s.leftLabel, s.rightLabel]).toEqual(['Worst', 'Best']);
  });

  it('puts the worst on the left when higher is worse, by mirroring', () => {
    const better = spineGeometry({ sortedValues: values, centre: 40, value: 70, parent: 45, polarity: 'higher-is-better' })!;
    const worse = spineGeometry({ sortedValues: values, centre: 40, value: 70, parent: 45, polarity: 'higher-is-worse' })!;
    expect(worse.rangeFrom).toBeCloseTo(1 - better.rangeTo, 12);
    expect(worse.rangeTo).toBeCloseTo(1 - better.rangeFrom, 12);
    expect(worse.bandFrom).toBeCloseTo(1 - better.bandTo, 12);
    expect(worse.value).toBeCloseTo(1 - better.value!, 12);
    expect(worse.parent).toBeCloseTo(1 - better.parent!, 12);
  });

  it('runs lowest to highest when polarity is neither', () => {
    const s = spineGeometry({ sortedValues: values, centre: 55, value: 10, polarity: 'neither' })!;
    expect([s.leftLabel, s.rightLabel]).toEqual(['Lowest', 'Highest']);
    expect(s.value).toBe(0);
    expect(s.rangeTo).toBeCloseTo(1, 12);
  });

  it('draws everything at the centre when every area has the benchmark value, and nothing without values', () => {
    const s = spineGeometry({ sortedValues: [5, 5], centre: 5, value: 5, polarity: 'neither' })!;
    expect([s.rangeFrom, s.rangeTo, s.bandFrom, s.bandTo, s.value]).toEqual([0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(spineGeometry({ sortedValues: [], centre: 5, value: null, polarity: 'neither' })).toBeNull();
  });
});
