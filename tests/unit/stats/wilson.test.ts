/**
 * Reference values: Newcombe RG (1998), "Two-sided confidence intervals for the single proportion:
 * comparison of seven methods", Statistics in Medicine 17:857-872, Table II, method 3 (score
 * interval without continuity correction = Wilson), 95% limits to 4 decimal places. These
 * examples include 0 events (0/20) and a small n (1/29). Newcombe & Altman's chapter of
 * Statistics with Confidence is the reference OHID cites for Wilson.
 */
import { describe, expect, it } from 'vitest';
import { wilson } from '../../../src/pipeline/stats/wilson.ts';
import { zScore } from '../../../src/pipeline/stats/z-score.ts';

const to4 = (v: number) => Number(v.toFixed(4));

describe('wilson', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('gives Newcombe (1998) Table II limits for %i/%i: %f to %f', (x, n, lower, upper) => {
    const ci = wilson(x, n, 0.95);
    expect(to4(ci.lower)).toBe(lower);
    expect(to4(ci.upper)).toBe(upper);
  });

  it('gives a lower limit of exactly 0 for 0 events and the closed form z^2/(n + z^2) above it, at both levels', () => {
    for (const confidence of [0.95, 0.998]) {
      const z = zScore(confidence);
      const ci = wilson(0, 20, confidence);
      expect(ci.lower).toBe(0);
      expect(ci.upper).toBeCloseTo((z * z) / (20 + z * z), 12);
    }
    expect(to4(wilson(0, 20, 0.998).upper)).toBe(0.3232);
  });

  it('mirrors 0/n when the numerator equals the denominator: 20/20 is 0.8389 to 1', () => {
    const ci = wilson(20, 20, 0.95);
    expect(ci.upper).toBe(1);
    expect(to4(ci.lower)).toBe(to4(1 - wilson(0, 20, 0.95).upper));
    expect(to4(ci.lower)).toBe(0.8389);
  });

  it('is symmetric: the interval for x/n mirrors the one for (n - x)/n', () => {
    const a = wilson(15, 148, 0.998);
    const b = wilson(133, 148, 0.998);
    expect(a.lower).toBeCloseTo(1 - b.upper, 12);
    expect(a.upper).toBeCloseTo(1 - b.lower, 12);
  });

  it('is wider at 99.8% than at 95%', () => {
    const narrow = wilson(81, 263, 0.95);
    const wide = wilson(81, 263, 0.998);
    expect(wide.lower).toBeLessThan(narrow.lower);
    expect(wide.upper).toBeGreaterThan(narrow.upper);
  });

  it('refuses impossible input rather than returning a number', () => {
    expect(() => wilson(5, 4, 0.95)).toThrow(/larger than the denominator/);
    expect(() => wilson(1, 0, 0.95)).toThrow(/denominator must be more than 0/);
    expect(() => wilson(-1, 10, 0.95)).toThrow(/0 or more/);
  });
});
