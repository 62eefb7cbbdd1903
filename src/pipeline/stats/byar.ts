/**
 * Byar's approximation to the exact Poisson confidence limits of an observed count `x`
 * (Breslow and Day 1987), as OHID uses for counts of 10 or more (Fingertips public health
 * technical guidance, "Rates"; PHEindicatormethods `byars_lower`/`byars_upper`):
 *
 *   lower = x (1 - 1/(9x) - z/(3 sqrt x))^3
 *   upper = (x + 1) (1 - 1/(9(x + 1)) + z/(3 sqrt(x + 1)))^3
 *
 * For small counts it is inaccurate (and the lower limit can go below zero), which is why
 * `poissonInterval` switches to the exact method below 10.
 */
import type { Interval } from './interval.ts';
import { zScore } from './z-score.ts';

export function byar(x: number, confidence: number): Interval {
  if (!(x > 0)) throw new RangeError(`Byar's method needs a count above 0, not ${x}`);
  const z = zScore(confidence);
  const lower = x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3;
  const upper = (x + 1) * (1 - 1 / (9 * (x + 1)) + z / (3 * Math.sqrt(x + 1))) ** 3;
  return { lower: Math.max(0, lower), upper };
}
