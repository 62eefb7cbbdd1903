/**
 * Compares a value with a benchmark the way OHID Fingertips does by default ("single overlapping
 * confidence intervals", fingertips-open `SingleOverlappingCIsComparer`): the difference is
 * significant when the benchmark's value lies outside the area's confidence interval (a
 * benchmark exactly on a limit counts as inside). The benchmark is treated as fixed because it
 * is the larger population; its own interval is not used.
 *
 * With a polarity the result is better or worse; without one it is higher or lower.
 */
import type { Polarity } from '../types.ts';
import type { Interval } from './interval.ts';

export type Comparison = 'better' | 'worse' | 'similar' | 'higher' | 'lower';

export function compare(interval: Interval, benchmark: number, polarity: Polarity): Comparison {
  if (benchmark >= interval.lower && benchmark <= interval.upper) return 'similar';
  const higher = interval.lower > benchmark;
  if (polarity === 'neither') return higher ? 'higher' : 'lower';
  return higher === (polarity === 'higher-is-better') ? 'better' : 'worse';
}
