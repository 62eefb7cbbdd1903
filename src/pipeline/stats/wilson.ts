/**
 * Wilson score interval for a proportion of `x` out of `n` (Wilson 1927), the method OHID uses for
 * proportions and percentages (Fingertips public health technical guidance, "Proportions";
 * PHEindicatormethods `wilson_lower`/`wilson_upper`):
 *
 *   (2x + z^2 -/+ z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2))
 *
 * It gives a sensible interval at the edges, where the normal approximation fails: 0 events gives
 * a lower limit of exactly 0 and x = n an upper limit of exactly 1. Returns proportions (0 to 1);
 * multiply by 100 for percentages.
 */
import type { Interval } from './interval.ts';
import { zScore } from './z-score.ts';

export function wilson(x: number, n: number, confidence: number): Interval {
  if (!(x >= 0)) throw new RangeError(`the number of events must be 0 or more, not ${x}`);
  if (!(n > 0)) throw new RangeError(`the denominator must be more than 0, not ${n}`);
  if (x > n) throw new RangeError(`the number of events (${x}) is larger than the denominator (${n})`);
  const z = zScore(confidence);
  const centre = 2 * x + z * z;
  const spread = z * Math.sqrt(z * z + 4 * x * (1 - x / n));
  const divisor = 2 * (n + z * z);
  // At x = 0 and x = n the formula is exactly 0 and 1; clamp only floating-point dust.
  return { lower: Math.max(0, (centre - spread) / divisor), upper: Math.min(1, (centre + spread) / divisor) };
}
