import { describe, expect, it } from 'vitest';
import { correlation } from '../../../src/pipeline/stats/correlation.ts';

// Anscombe (1973), "Graphs in statistical analysis", The American Statistician 27(1): four
// datasets published with the same summary statistics, among them r = 0.816 (0.8165 for IV,
// so "0.816" is within a thousandth for all four).
const ANSCOMBE_X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const ANSCOMBE = {
  I: { x: ANSCOMBE_X, y: [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68] },
  II: { x: ANSCOMBE_X, y: [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74] },
  III: { x: ANSCOMBE_X, y: [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73] },
  IV: { x: [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8], y: [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89] },
};

// The worked example of Spearman's rho in Wikipedia ("Spearman's rank correlation coefficient",
// Example): IQ against hours of television a week for ten people, rho = -29/165.
const IQ = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
const TV_HOURS = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];

describe('correlation', () => {
  it('gives Pearson r = 0.816 for each of Anscombe\'s four datasets', () => {
    for (const [name, { x, y }] of Object.entries(ANSCOMBE)) {
      const result = correlation(x, y);
      expect(result.n, name).toBe(11);
      expect(Math.abs(result.pearson! - 0.816), name).toBeLessThan(0.001);
    }
  });

  it('gives Spearman rho = -29/165 for the IQ and television example', () => {
    expect(correlation(IQ, TV_HOURS).spearman).toBeCloseTo(-29 / 165, 12);
  });

  it('gives tied values the average of their ranks (hand-computed: rho = 3 / sqrt(10))', () => {
    // x ranks 1, 2.5, 2.5, 4 against y ranks 1, 2, 3, 4.
    expect(correlation([1, 2, 2, 3], [10, 20, 30, 40]).spearman).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it('tells a monotonic curve (rho = 1) from a straight line (r = 1)', () => {
    const x = [1, 2, 3, 4, 5, 6];
    expect(correlation(x, x.map((v) => 2 * v + 1))).toEqual({ n: 6, pearson: 1, spearman: 1 });
    const curve = correlation(x, x.map((v) => v ** 4));
    expect(curve.spearman).toBe(1);
    expect(curve.pearson!).toBeLessThan(0.97);
  });

  it('does not depend on the order the pairs are listed in', () => {
    const forward = correlation(IQ, TV_HOURS);
    const backward = correlation([...IQ].reverse(), [...TV_HOURS].reverse());
    expect(backward.pearson).toBeCloseTo(forward.pearson!, 12);
    expect(backward.spearman).toBeCloseTo(forward.spearman!, 12);
  });

  it('reports no correlation, rather than NaN, for fewer than three pairs or a constant', () => {
    expect(correlation([1, 2], [3, 4])).toEqual({ n: 2, pearson: null, spearman: null });
    expect(correlation([5, 5, 5, 5], [1, 2, 3, 4])).toEqual({ n: 4, pearson: null, spearman: null });
    expect(correlation([], [])).toEqual({ n: 0, pearson: null, spearman: null });
  });

  it('refuses lists of different lengths', () => {
    expect(() => correlation([1, 2, 3], [1, 2])).toThrow(/3 x values but 2 y values/);
  });
});
