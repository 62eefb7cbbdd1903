import { quantileSorted } from 'simple-statistics';
import { tidyThresholds, type Classification } from './breaks.ts';

/** Quantiles: about the same number of areas in each class; good for skewed data. */
export function quantiles(sorted: number[], classes: number): Classification {
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  const raw = Array.from({ length: classes - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / classes));
  return { method: 'quantiles', thresholds: tidyThresholds(raw, min, max), min, max };
}
