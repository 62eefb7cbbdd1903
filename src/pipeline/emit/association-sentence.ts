/**
 * The sentence under an overlay: which way the two indicators go together, how strongly, and
 * on how many areas, said as an association and never as a cause. "Rank higher on" reads right
 * whatever an indicator's title is (a rate, a count of children, a score) and says what
 * Spearman's rho measures. Strength follows Cohen's conventional bands for |rho|: under 0.1 no
 * clear association, then weak, moderate (0.3) and strong (0.5).
 */
import type { Correlation } from '../stats/correlation.ts';
import { formatNumber } from './format-value.ts';
import { inSentence } from './in-sentence.ts';

export interface AssociationInput {
  xTitle: string;
  yTitle: string;
  /** e.g. "Wards" */
  levelPlural: string;
  period: string;
  correlation: Correlation;
}

export const NOT_CAUSAL = 'This is an association between areas, not evidence that one causes the other.';

export function associationStrength(rho: number): 'no clear' | 'weak' | 'moderate' | 'strong' {
  const size = Math.abs(rho);
  return size < 0.1 ? 'no clear' : size < 0.3 ? 'weak' : size < 0.5 ? 'moderate' : 'strong';
}

export function formatCoefficient(value: number): string {
  return formatNumber(value, 2);
}

export function associationSentence(input: AssociationInput): string {
  const { correlation: c } = input;
  const x = inSentence(input.xTitle);
  const y = inSentence(input.yTitle);
  const areas = inSentence(input.levelPlural);
  if (c.spearman === null || c.pearson === null) {
    return `Too few ${areas} have varying values for both ${x} and ${y} in ${input.period} to measure an association (n = ${c.n}).`;
  }
  const figures = `Spearman's rho = ${formatCoefficient(c.spearman)}, Pearson's r = ${formatCoefficient(c.pearson)}, n = ${c.n} ${areas}, ${input.period}`;
  const strength = associationStrength(c.spearman);
  if (strength === 'no clear') return `${capitalise(x)} and ${y} show no clear association across ${areas} (${figures}). ${NOT_CAUSAL}`;
  const direction = c.spearman > 0 ? 'higher' : 'lower';
  return `${capitalise(areas)} that rank higher on ${x} tend to rank ${direction} on ${y} (a ${strength} ${c.spearman > 0 ? 'positive' : 'negative'} association: ${figures}). ${NOT_CAUSAL}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
