import type { Classification } from './breaks.ts';

/** Custom breaks from the metadata, e.g. policy thresholds; values outside fall in the end classes. */
export function customBreaks(sorted: number[], breaks: number[]): Classification {
  return { method: 'custom', thresholds: [...new Set(breaks)].sort((a, b) => a - b), min: sorted[0]!, max: sorted.at(-1)! };
}
