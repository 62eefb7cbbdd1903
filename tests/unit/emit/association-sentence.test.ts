import { describe, expect, it } from 'vitest';
import { associationSentence, associationStrength } from '../../../src/pipeline/emit/association-sentence.ts';

const base = { xTitle: 'Deprivation score', yTitle: 'Children with an early help plan', levelPlural: 'Small areas', period: '2023' };

describe('associationSentence', () => {
  it('states direction, strength, both coefficients and n, and that it is not a cause', () => {
    expect(associationSentence({ ...base, correlation: { n: 323, pearson: 0.734, spearman: 0.771 } })).toBe(
      "Small areas that rank higher on deprivation score tend to rank higher on children with an early help plan (a strong positive association: Spearman's rho = 0.77, Pearson's r = 0.73, n = 323 small areas, 2023). This is an association between areas, not evidence that one causes the other.",
    );
  });

  it('says when there is no clear association', () => {
    expect(associationSentence({ ...base, correlation: { n: 50, pearson: 0.02, spearman: -0.05 } })).toMatch(/^Deprivation score and children with an early help plan show no clear association across small areas \(Spearman's rho = -0.05/);
  });

  it('says when there are too few areas to measure one', () => {
    expect(associationSentence({ ...base, correlation: { n: 2, pearson: null, spearman: null } })).toBe(
      'Too few small areas have varying values for both deprivation score and children with an early help plan in 2023 to measure an association (n = 2).',
    );
  });

  it('bands strength at 0.1, 0.3 and 0.5 either way', () => {
    expect([0.05, -0.1, 0.29, -0.3, 0.49, 0.5, -0.9].map(associationStrength)).toEqual(['no clear', 'weak', 'weak', 'moderate', 'moderate', 'strong', 'strong']);
  });
});
