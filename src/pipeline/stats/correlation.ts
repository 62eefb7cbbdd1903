/**
 * Correlation between two indicators across the areas that have a value for both: Pearson's r
 * (linear association) and Spearman's rho (monotonic association: Pearson's r on ranks, tied
 * values sharing the average of their ranks), with n, the number of paired areas.
 *
 * simple-statistics does the arithmetic (`sampleCorrelation`, `sampleRankCorrelation` with
 * midranks); this module decides what is measurable. Fewer than three pairs, or an indicator
 * that does not vary, has no correlation: null, never NaN.
 */
import { sampleCorrelation, sampleRankCorrelation } from 'simple-statistics';

export interface Correlation {
  /** Areas with a value for both indicators. */
  n: number;
  pearson: number | null;
  spearman: number | null;
}

/** The smallest n for which a correlation is reported at all. */
export const MIN_PAIRS = 3;

export function correlation(x: readonly number[], y: readonly number[]): Correlation {
  if (x.length !== y.length) throw new Error(`correlation: ${x.length} x values but ${y.length} y values`);
  const n = x.length;
  if (n < MIN_PAIRS || !varies(x) || !varies(y)) return { n, pearson: null, spearman: null };
  return { n, pearson: finiteOrNull(sampleCorrelation([...x], [...y])), spearman: finiteOrNull(sampleRankCorrelation([...x], [...y])) };
}

function varies(values: readonly number[]): boolean {
  return values.some((v) => v !== values[0]);
}

function finiteOrNull(value: number): number | null {
  // Rounding can push a perfect correlation a hair past 1.
  return Number.isFinite(value) ? Math.max(-1, Math.min(1, value)) : null;
}
