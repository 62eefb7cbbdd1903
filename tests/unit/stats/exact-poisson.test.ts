/**
 * Reference values. The exact (Garwood 1936) limits have closed forms at small counts, which
 * check the chi-squared route independently: for x = 0 the upper limit solves e^-u = a/2, so
 * u = -ln(a/2) (3.6889 at 95%, the 3.689 documented by epitools' pois.exact, and 6.9078 at
 * 99.8%); for x = 1 the lower limit solves 1 - e^-l = a/2, so l = -ln(1 - a/2) (0.0253 at 95%).
 * Every other limit is checked against its definition: at the upper limit the chance of x or
 * fewer events is a/2, and at the lower limit the chance of x or more is a/2.
 */
import { describe, expect, it } from 'vitest';
import { exactPoisson } from '../../../src/pipeline/stats/exact-poisson.ts';

const to4 = (v: number) => Number(v.toFixed(4));

/** P(X <= x) for Poisson(mean), summed term by term (independent of the chi-squared quantiles). */
function poissonCdf(x: number, mean: number): number {
  let term = Math.exp(-mean);
  let sum = term;
  for (let k = 1; k <= x; k++) sum += term *= mean / k;
  return sum;
}

describe('exactPoisson', () => {
  it('gives 0 to -ln(a/2) for 0 events: 3.6889 at 95% and 6.9078 at 99.8%', () => {
    expect(exactPoisson(0, 0.95)).toEqual({ lower: 0, upper: expect.closeTo(-Math.log(0.025), 9) });
    expect(to4(exactPoisson(0, 0.95).upper)).toBe(3.6889);
    expect(to4(exactPoisson(0, 0.998).upper)).toBe(6.9078);
  });

  it('gives a lower limit of -ln(1 - a/2) for 1 event: 0.0253 at 95%, 0.0010 at 99.8%', () => {
    expect(exactPoisson(1, 0.95).lower).toBeCloseTo(-Math.log(1 - 0.025), 9);
    expect(to4(exactPoisson(1, 0.95).lower)).toBe(0.0253);
    expect(to4(exactPoisson(1, 0.998).lower)).toBe(0.001);
  });

  it('gives the tabulated 95% limits 0.0253 to 5.5716 (x = 1), 1.6235 to 11.6683 (x = 5) and 4.7954 to 18.3904 (x = 10)', () => {
    expect([exactPoisson(1, 0.95), exactPoisson(5, 0.95), exactPoisson(10, 0.95)].map((ci) => [to4(ci.lower), to4(ci.upper)])).toEqual([
      [0.0253, 5.5716],
      [1.6235, 11.6683],
      [4.7954, 18.3904],
    ]);
  });

  it.each([1, 2, 3, 5, 9, 10, 25])('puts a/2 in each tail for %i events, at 95% and 99.8%', (x) => {
    for (const confidence of [0.95, 0.998]) {
      const tail = (1 - confidence) / 2;
      const ci = exactPoisson(x, confidence);
      expect(poissonCdf(x, ci.upper)).toBeCloseTo(tail, 9);
      expect(1 - poissonCdf(x - 1, ci.lower)).toBeCloseTo(tail, 9);
    }
  });
});
