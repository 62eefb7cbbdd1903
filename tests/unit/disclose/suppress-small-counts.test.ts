import { describe, expect, it } from 'vitest';
import { suppressSmallCounts } from '../../../src/pipeline/disclose/suppress-small-counts.ts';
import type { IndicatorMeta, Observation } from '../../../src/pipeline/types.ts';

const count = { measure: 'count' } as IndicatorMeta;
const percentage = { measure: 'percentage' } as IndicatorMeta;
const o = (value: number | null, numerator?: number, denominator?: number): Observation => ({ code: 'A', period: '1', value, status: value === null ? 'missing' : 'value', numerator, denominator, source: { line: 2 } });

describe('suppressSmallCounts', () => {
  it('suppresses counts below the threshold, zero included, with a status not a number', () => {
    const { observations, suppressed } = suppressSmallCounts(count, [o(0), o(4), o(5), o(100)], 5);
    expect(observations.map((x) => [x.value, x.status])).toEqual([[null, 'suppressed'], [null, 'suppressed'], [5, 'value'], [100, 'value']]);
    expect(suppressed).toBe(2);
  });

  it('suppresses a percentage whose numerator or denominator is small, and drops its parts', () => {
    const { observations } = suppressSmallCounts(percentage, [o(40, 2, 5), o(50, 10, 20), o(75, 3, 4)], 5);
    expect(observations.map((x) => x.status)).toEqual(['suppressed', 'value', 'suppressed']);
    expect(observations[0]).toMatchObject({ numerator: null, denominator: null });
  });

  it('leaves statuses alone and does nothing at threshold 0', () => {
    expect(suppressSmallCounts(count, [o(null)], 5).observations[0]!.status).toBe('missing');
    expect(suppressSmallCounts(count, [o(1)], 0).suppressed).toBe(0);
  });
});
