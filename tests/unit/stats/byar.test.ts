/**
 * Reference: PHE Technical Guide, Confidence Intervals (Public Health Data Science, 2018),
 * Appendix 1: "For 95% confidence intervals, Byar's method is within 0.2% of the exact value for
 * numerators of 10 or more" — the property that justifies switching to Byar's at 10.
 */
import { describe, expect, it } from 'vitest';
import { byar } from '../../../src/pipeline/stats/byar.ts';
import { exactPoisson } from '../../../src/pipeline/stats/exact-poisson.ts';
import { zScore } from '../../../src/pipeline/stats/z-score.ts';

describe('byar', () => {
  it('is within 0.2% of the exact limits at 95% for every count from 10 to 2,000', () => {
    for (let x = 10; x <= 2000; x++) {
      const approx = byar(x, 0.95);
      const exact = exactPoisson(x, 0.95);
      expect(Math.abs(approx.lower / exact.lower - 1), `lower limit for ${x}`).toBeLessThan(0.002);
      expect(Math.abs(approx.upper / exact.upper - 1), `upper limit for ${x}`).toBeLessThan(0.002);
    }
  });

  it('follows the published formula: 65 events give 50.1632 to 82.8491 at 95%', () => {
    const z = zScore(0.95);
    const ci = byar(65, 0.95);
    expect(ci.lower).toBeCloseTo(65 * (1 - 1 / (9 * 65) - z / (3 * Math.sqrt(65))) ** 3, 10);
    expect(ci.upper).toBeCloseTo(66 * (1 - 1 / (9 * 66) + z / (3 * Math.sqrt(66))) ** 3, 10);
    expect([Number(ci.lower.toFixed(4)), Number(ci.upper.toFixed(4))]).toEqual([50.1632, 82.8491]);
  });

  it('is wider at 99.8% than at 95%', () => {
    expect(byar(65, 0.998).lower).toBeLessThan(byar(65, 0.95).lower);
    expect(byar(65, 0.998).upper).toBeGreaterThan(byar(65, 0.95).upper);
  });

  it('refuses a count of 0, where it has no lower limit', () => {
    expect(() => byar(0, 0.95)).toThrow(/above 0/);
  });
});
