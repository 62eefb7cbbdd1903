/**
 * Primary disclosure control for public output. A count below the threshold, or a rate or
 * percentage whose numerator or denominator is below it, is replaced by the status `suppressed`
 * (never a number, a zero or a blank). Zero counts are suppressed too: publishing "none of the
 * 3 people" is as revealing as "2 of the 3".
 *
 * Runs after aggregation, on every level, so a district built from small areas is judged on its
 * own total. A threshold of 0 turns suppression off for a dataset.
 */
import type { IndicatorMeta, Observation } from '../types.ts';

export function isDisclosive(meta: IndicatorMeta, observation: Observation, threshold: number): boolean {
  if (threshold <= 0 || observation.status !== 'value') return false;
  const below = (n: number | null | undefined) => n !== null && n !== undefined && n < threshold;
  if (meta.measure === 'count' && below(observation.value)) return true;
  return below(observation.numerator) || below(observation.denominator);
}

/** Returns public copies of the observations and how many were suppressed. */
export function suppressSmallCounts(meta: IndicatorMeta, observations: Observation[], threshold: number): { observations: Observation[]; suppressed: number } {
  let suppressed = 0;
  const out = observations.map((observation) => {
    if (!isDisclosive(meta, observation, threshold)) return observation;
    suppressed++;
    return { ...observation, value: null, status: 'suppressed' as const, numerator: null, denominator: null, lower: null, upper: null };
  });
  return { observations: out, suppressed };
}
