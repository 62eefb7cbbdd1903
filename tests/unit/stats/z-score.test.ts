/** Reference values: the standard normal quantiles R's qnorm gives, as PHEindicatormethods uses them. */
import { describe, expect, it } from 'vitest';
import { zScore } from '../../../src/pipeline/stats/z-score.ts';

describe('zScore', () => {
  it('is qnorm(0.975) = 1.959964 for 95% and qnorm(0.999) = 3.090232 for 99.8%, not the rounded 1.96 and 3.09', () => {
    expect(zScore(0.95)).toBeCloseTo(1.959963984540054, 9);
    expect(zScore(0.998)).toBeCloseTo(3.090232306167813, 9);
  });

  it('refuses a confidence level outside 0 to 1', () => {
    expect(() => zScore(95)).toThrow(/between 0 and 1/);
  });
});
