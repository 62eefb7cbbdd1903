/**
 * A confidence interval, and the two confidence levels OHID Fingertips publishes with: 95% and
 * 99.8% (about two and three standard errors).
 */
export interface Interval {
  lower: number;
  upper: number;
}

export type ConfidenceLevel = 0.95 | 0.998;

export const CONFIDENCE_LEVELS: readonly ConfidenceLevel[] = [0.95, 0.998];

/** "95%" or "99.8%". */
export function confidenceText(confidence: ConfidenceLevel): string {
  return `${Math.round(confidence * 1000) / 10}%`;
}
