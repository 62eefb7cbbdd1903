/**
 * Disclosure control for the whole-atlas total. It is suppressed when it is disclosive itself
 * (primary suppression, as any cell), and also when publishing it would let someone recover
 * suppressed cells by differencing: the atlas total minus the published areas of a level equals
 * the sum of that level's suppressed areas. If that sum (of counts or numerators, or of
 * denominators) is below the threshold, the total stays suppressed. One suppressed area is the
 * plainest case: its value would be the total minus the rest.
 */
import type { IndicatorMeta, Observation } from '../types.ts';
import { isDisclosive, suppressSmallCounts } from './suppress-small-counts.ts';

export function suppressAtlasTotal(
  meta: IndicatorMeta,
  totals: Observation[],
  byLevel: ReadonlyMap<string, Observation[]>,
  threshold: number,
): { observations: Observation[]; suppressed: number } {
  const primary = suppressSmallCounts(meta, totals, threshold);
  let suppressed = primary.suppressed;
  const observations = primary.observations.map((total) => {
    if (total.status !== 'value' || !recoverable(meta, total.period, byLevel, threshold)) return total;
    suppressed++;
    return { ...total, value: null, status: 'suppressed' as const, numerator: null, denominator: null, lower: null, upper: null };
  });
  return { observations, suppressed };
}

function recoverable(meta: IndicatorMeta, period: string, byLevel: ReadonlyMap<string, Observation[]>, threshold: number): boolean {
  for (const observations of byLevel.values()) {
    let cells = 0;
    let events = 0;
    let population = 0;
    for (const o of observations) {
      if (o.period !== period || !isDisclosive(meta, o, threshold)) continue;
      cells++;
      events += (meta.measure === 'count' ? o.value : o.numerator) ?? 0;
      population += o.denominator ?? 0;
    }
    if (cells === 0) continue;
    if (events < threshold) return true;
    if (meta.hasDenominator && population < threshold) return true;
  }
  return false;
}
