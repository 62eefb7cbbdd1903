/**
 * A confidence interval for the difference b - a between two independent estimates, recovered
 * from each estimate's own limits ("method of variance estimates recovery"):
 *
 *   lower = d - sqrt((b - b.lower)^2 + (a.upper - a)^2)
 *   upper = d + sqrt((b.upper - b)^2 + (a - a.lower)^2)
 *
 * With Wilson limits this is Newcombe's hybrid score interval for a difference of proportions
 * (Newcombe 1998, "Interval estimation for the difference between independent proportions",
 * method 10), the method recommended in Altman et al., Statistics with Confidence; Zou and Donner
 * (2008) showed the same construction works with any good single-estimate limits, such as the
 * exact or Byar limits of rates. It keeps the asymmetry of those limits near 0 and 100%, and
 * unlike "the two intervals do not overlap" it tests at the stated level: two 95% intervals that
 * just fail to overlap correspond to a test at about 0.6%, far stricter than 5%.
 */
import type { Interval } from './interval.ts';

export interface Estimate extends Interval {
  value: number;
}

export function differenceInterval(a: Estimate, b: Estimate): Interval {
  const d = b.value - a.value;
  return {
    lower: d - Math.sqrt((b.value - b.lower) ** 2 + (a.upper - a.value) ** 2),
    upper: d + Math.sqrt((b.upper - b.value) ** 2 + (a.value - a.lower) ** 2),
  };
}
