/**
 * The confidence interval of one published value, by the method OHID Fingertips would use for its
 * measure:
 *
 * - limits supplied by the publisher (`lower:`/`upper:` columns) are taken as 95% limits;
 * - percentages: Wilson score from the numerator and denominator;
 * - rates per N: exact Poisson (under 10 events) or Byar's limits of the numerator, divided by
 *   the denominator and multiplied by N;
 * - counts: the same Poisson limits of the count itself.
 *
 * Anything else (means, scores, ranks...) has an interval only when the publisher supplied one.
 * Returns null when there is no value or nothing to compute an interval from. Suppressed
 * observations carry no numerator, so they never get an interval that could reveal one.
 */
import type { IndicatorMeta, Observation } from '../types.ts';
import type { ConfidenceLevel, Interval } from './interval.ts';
import { poissonInterval } from './poisson-interval.ts';
import { wilson } from './wilson.ts';

export type IntervalMethod = 'supplied' | 'wilson' | 'exact' | 'byar';

export interface ObservationInterval extends Interval {
  method: IntervalMethod;
}

export type IntervalInput = Pick<Observation, 'value' | 'status' | 'numerator' | 'denominator' | 'lower' | 'upper'>;

export function observationInterval(meta: Pick<IndicatorMeta, 'measure' | 'per'>, observation: IntervalInput, confidence: ConfidenceLevel): ObservationInterval | null {
  const { value, status, numerator: x, denominator: n, lower, upper } = observation;
  if (status !== 'value' || value === null) return null;
  // Reversed limits are a validation error; should one slip through, it is no interval at all.
  if (confidence === 0.95 && lower != null && upper != null) return lower <= upper ? { lower, upper, method: 'supplied' } : null;
  switch (meta.measure) {
    case 'percentage': {
      if (x == null || n == null || !(n > 0) || !(x >= 0) || x > n) return null;
      const limits = wilson(x, n, confidence);
      return { lower: limits.lower * 100, upper: limits.upper * 100, method: 'wilson' };
    }
    case 'rate': {
      if (x == null || n == null || !(n > 0) || !(x >= 0)) return null;
      const limits = poissonInterval(x, confidence);
      const scale = (meta.per ?? 1) / n;
      return { lower: limits.lower * scale, upper: limits.upper * scale, method: limits.method };
    }
    case 'count': {
      if (!(value >= 0)) return null;
      return poissonInterval(value, confidence);
    }
    default:
      return null;
  }
}

/** How a method reads in a page's notes. */
export const INTERVAL_METHOD_NAMES: Record<IntervalMethod, string> = {
  supplied: 'as supplied by the publisher',
  wilson: 'Wilson score method',
  exact: 'exact Poisson method',
  byar: "Byar's method",
};
