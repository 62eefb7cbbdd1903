/**
 * Reference values: Newcombe RG (1998), "Interval estimation for the difference between
 * independent proportions: comparison of eleven methods", Statistics in Medicine 17:873-890,
 * Table II, method 10 (hybrid score interval from Wilson limits), 95%, to 4 decimal places. The
 * examples include 0 events in both groups and numerators equal to denominators.
 */
import { describe, expect, it } from 'vitest';
import { differenceInterval } from '../../../src/pipeline/stats/difference-interval.ts';
import { wilson } from '../../../src/pipeline/stats/wilson.ts';

const estimate = (x: number, n: number) => ({ value: x / n, ...wilson(x, n, 0.95) });
const to4 = (v: number) => Number(v.toFixed(4));

describe('differenceInterval', () => {
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1.0],
    [10, 10, 0, 10, 0.6075, 1.0],
  ])('gives Newcombe (1998) method 10 for %i/%i - %i/%i: %f to %f', (x1, n1, x2, n2, lower, upper) => {
    // differenceInterval(a, b) is b - a, so the first proportion is b.
    const ci = differenceInterval(estimate(x2, n2), estimate(x1, n1));
    expect(to4(ci.lower)).toBe(lower);
    expect(to4(ci.upper)).toBe(upper);
  });

  it('excludes zero only when the change is significant', () => {
    expect(differenceInterval(estimate(48, 80), estimate(56, 70)).lower).toBeGreaterThan(0);
    expect(differenceInterval(estimate(0, 10), estimate(0, 20)).lower).toBeLessThan(0);
  });
});
