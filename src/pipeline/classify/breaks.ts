/**
 * A classification is a list of thresholds: a value v is in class i when
 * thresholds[i-1] <= v < thresholds[i] (the first class has no lower bound, the last no upper).
 * Kept with the data's min and max so legends can print real ranges.
 */
export interface Classification {
  method: string;
  thresholds: number[];
  min: number;
  max: number;
}

export function classOf(value: number, thresholds: readonly number[]): number {
  let i = 0;
  while (i < thresholds.length && value >= thresholds[i]!) i++;
  return i;
}

/** Removes duplicate and out-of-range thresholds, which tied data (deciles, many zeros) produce. */
export function tidyThresholds(thresholds: number[], min: number, max: number): number[] {
  return [...new Set(thresholds)].filter((t) => t > min && t <= max).sort((a, b) => a - b);
}
