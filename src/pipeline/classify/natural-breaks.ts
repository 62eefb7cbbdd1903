import { ckmeans } from 'simple-statistics';
import { tidyThresholds, type Classification } from './breaks.ts';

/**
 * Natural breaks by Ckmeans (an optimal, deterministic form of Jenks): classes that minimise the
 * spread within each class. Each threshold is the first value of a cluster.
 */
export function naturalBreaks(sorted: number[], classes: number): Classification {
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  const distinct = new Set(sorted).size;
  const clusters = ckmeans(sorted, Math.min(classes, distinct));
  const raw = clusters.slice(1).map((cluster) => cluster[0]!);
  return { method: 'natural-breaks', thresholds: tidyThresholds(raw, min, max), min, max };
}
