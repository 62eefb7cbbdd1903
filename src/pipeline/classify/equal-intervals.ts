import { tidyThresholds, type Classification } from './breaks.ts';

/** Equal intervals: classes of equal width between the minimum and maximum. */
export function equalIntervals(sorted: number[], classes: number): Classification {
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  const width = (max - min) / classes;
  const raw = Array.from({ length: classes - 1 }, (_, i) => min + width * (i + 1));
  return { method: 'equal-intervals', thresholds: tidyThresholds(raw, min, max), min, max };
}
