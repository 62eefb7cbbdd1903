/**
 * Confidence limits of an observed count, the way OHID publishes counts and rates: the exact
 * method below 10 events and Byar's method from 10 (Fingertips public health technical guidance,
 * "Rates": "Counts of 10 or greater ... Byar's approximation"; "Where the observed number of
 * events is less than 10, the chi-squared exact method should be used"; PHEindicatormethods
 * `phe_rate` uses the same switch). Some Excel add-ins switch at 389 instead, a limit of Excel's
 * CHIINV rather than of the method; OHID's guidance and code use 10.
 *
 * For a rate per N, divide both limits by the denominator and multiply by N.
 */
import { byar } from './byar.ts';
import { exactPoisson } from './exact-poisson.ts';
import type { Interval } from './interval.ts';

export const BYAR_FROM = 10;

export function poissonInterval(x: number, confidence: number): Interval & { method: 'exact' | 'byar' } {
  return x < BYAR_FROM ? { ...exactPoisson(x, confidence), method: 'exact' } : { ...byar(x, confidence), method: 'byar' };
}
