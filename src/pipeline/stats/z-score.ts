/**
 * The two-sided z for a confidence level: the 100(1 - a/2)th percentile of the standard normal
 * distribution, as PHEindicatormethods computes it (`qnorm(confidence + (1 - confidence) / 2)`):
 * 1.959964 for 95%, 3.090232 for 99.8%. Not rounded to 1.96: the rounding moves limits in the
 * fourth decimal place.
 */
import jStat from 'jstat';

const known = new Map<number, number>();

export function zScore(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be between 0 and 1, not ${confidence}`);
  let z = known.get(confidence);
  if (z === undefined) known.set(confidence, (z = jStat.normal.inv(confidence + (1 - confidence) / 2, 0, 1)));
  return z;
}
