import { tidyThresholds, type Classification } from './breaks.ts';

/**
 * Tertiles: the lower, middle and upper third of the areas, as a bivariate map classes each of
 * its two indicators. Each threshold is an actual value (the first of its third), not an
 * interpolated one, so that the key's "under 37%" / "37% or more", printed to the indicator's
 * decimals, is exactly true of every area. Tied values can merge thirds, leaving fewer than two
 * thresholds; null when there are no values.
 */
export function tertiles(values: readonly number[]): Classification | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  const n = sorted.length;
  const raw = [sorted[Math.ceil(n / 3)], sorted[Math.ceil((2 * n) / 3)]].filter((v): v is number => v !== undefined);
  return { method: 'tertiles', thresholds: tidyThresholds(raw, min, max), min, max };
}
