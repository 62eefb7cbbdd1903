import { describe, expect, it } from 'vitest';
import { countAbove, periodIndex } from '../../../src/pipeline/emit/observation-index.ts';
import type { IndicatorLevelData } from '../../../src/pipeline/types.ts';

describe('countAbove', () => {
  it('counts the values strictly greater, so tied areas share a rank', () => {
    expect(countAbove([1, 2, 2, 3], 2)).toBe(1);
    expect(countAbove([1, 2, 2, 3], 0)).toBe(4);
    expect(countAbove([1, 2, 2, 3], 3)).toBe(0);
    expect(countAbove([], 3)).toBe(0);
  });
});

describe('periodIndex', () => {
  it('indexes observations by code and sorts published values, per period', () => {
    const data: IndicatorLevelData = {
      level: 'ward',
      periods: ['2022', '2023'],
      aggregated: false,
      observations: [
        { code: 'A', period: '2022', value: 3.14159, status: 'value', source: { line: 2 } },
        { code: 'B', period: '2022', value: null, status: 'suppressed', source: { line: 3 } },
        { code: 'C', period: '2022', value: 1, status: 'value', source: { line: 4 } },
        { code: 'A', period: '2023', value: 9, status: 'value', source: { line: 5 } },
      ],
    };
    const index = periodIndex(data, '2022', 2);
    expect(index.byCode.get('B')!.status).toBe('suppressed');
    expect(index.sortedValues).toEqual([1, 3.14]);
    expect(periodIndex(data, '2023', 2).sortedValues).toEqual([9]);
    expect(periodIndex(data, '2024', 2).byCode.size).toBe(0);
  });
});
