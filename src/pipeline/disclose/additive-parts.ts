/**
 * The quantities of a cell that add up from smaller areas to larger ones, and so could be
 * recovered by differencing: a count's value; a percentage's or rate's numerator and
 * denominator; a mean's denominator. Ranks, scores, deciles, medians and ratios have none: a
 * parent's rank says nothing about the sum of its children's.
 */
import type { IndicatorMeta, Observation } from '../types.ts';

/** True when parent = sum of children holds for some part of this indicator's cells. */
export function isAdditive(meta: IndicatorMeta): boolean {
  switch (meta.measure) {
    case 'count':
      return true;
    case 'percentage':
    case 'rate':
      return meta.hasNumerator || meta.hasDenominator;
    case 'mean':
      return meta.hasDenominator;
    default:
      return false;
  }
}

/**
 * The additive parts of one cell, most sensitive first (the count or numerator, then the
 * denominator), or null when the cell has no number for one of them (a status, or a column the
 * publisher left blank).
 */
export function additiveParts(meta: IndicatorMeta, observation: Pick<Observation, 'status' | 'value' | 'numerator' | 'denominator'>): number[] | null {
  if (observation.status !== 'value') return null;
  const parts: (number | null | undefined)[] = [];
  if (meta.measure === 'count') parts.push(observation.value);
  else if (meta.measure === 'percentage' || meta.measure === 'rate') {
    if (meta.hasNumerator) parts.push(observation.numerator);
    if (meta.hasDenominator) parts.push(observation.denominator);
  } else if (meta.measure === 'mean' && meta.hasDenominator) parts.push(observation.denominator);
  if (parts.length === 0 || parts.some((p) => p === null || p === undefined || !Number.isFinite(p))) return null;
  return parts as number[];
}
