/**
 * Exact confidence limits of an observed Poisson count `x` (Garwood 1936), through the link
 * between the Poisson and chi-squared distributions (Armitage and Berry 2002), as OHID uses for
 * counts below 10 (Fingertips public health technical guidance, "Rates"; PHEindicatormethods
 * `phe_rate`):
 *
 *   lower = chi2(a/2, 2x) / 2        (0 when x = 0)
 *   upper = chi2(1 - a/2, 2x + 2) / 2
 *
 * where chi2(p, k) is the p quantile of chi-squared with k degrees of freedom (jStat's inverse
 * regularised gamma; checked against the closed forms at x = 0 and 1 in the tests).
 */
import jStat from 'jstat';
import type { Interval } from './interval.ts';

export function exactPoisson(x: number, confidence: number): Interval {
  if (!(x >= 0)) throw new RangeError(`the count must be 0 or more, not ${x}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be between 0 and 1, not ${confidence}`);
  const alpha = 1 - confidence;
  return {
    lower: x === 0 ? 0 : jStat.chisquare.inv(alpha / 2, 2 * x) / 2,
    upper: jStat.chisquare.inv(1 - alpha / 2, 2 * x + 2) / 2,
  };
}
