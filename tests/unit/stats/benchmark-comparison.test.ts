import { describe, expect, it } from 'vitest';
import { benchmarkComparison, comparisonPhrase } from '../../../src/pipeline/stats/benchmark-comparison.ts';
import { wilson } from '../../../src/pipeline/stats/wilson.ts';

const percentage = { measure: 'percentage' as const, polarity: 'higher-is-better' as const };
const obs = (x: number, n: number) => ({ value: (x / n) * 100, status: 'value' as const, numerator: x, denominator: n });

describe('benchmarkComparison', () => {
  it('reports the strongest level at which a difference holds, with shape and words', () => {
    // 81/263 = 30.8%; its 99.8% interval is 22.8% to 40.1%.
    expect(benchmarkComparison(percentage, obs(81, 263), 45)).toMatchObject({ result: 'worse', confidence: 0.998, symbol: '▼', label: 'Worse (99.8%)' });
    const upper95 = wilson(81, 263, 0.95).upper * 100;
    const between = (upper95 + wilson(81, 263, 0.998).upper * 100) / 2;
    expect(benchmarkComparison(percentage, obs(81, 263), between)).toMatchObject({ result: 'worse', confidence: 0.95, label: 'Worse (95%)' });
    expect(benchmarkComparison(percentage, obs(81, 263), 31)).toMatchObject({ result: 'similar', confidence: null, symbol: '●', label: 'Similar' });
  });

  it('says higher or lower when polarity is neither, and better for a significantly low value when higher is worse', () => {
    expect(benchmarkComparison({ ...percentage, polarity: 'neither' }, obs(81, 263), 20)).toMatchObject({ result: 'higher', symbol: '▲', label: 'Higher (99.8%)' });
    expect(benchmarkComparison({ ...percentage, polarity: 'higher-is-worse' }, obs(81, 263), 45)).toMatchObject({ result: 'better', symbol: '▼' });
  });

  it('does not compare counts, missing values, missing benchmarks or values without an interval, and says why', () => {
    expect(benchmarkComparison({ measure: 'count', polarity: 'neither' }, { value: 12, status: 'value' }, 10)).toMatchObject({ result: 'not-compared', reason: expect.stringMatching(/size of the area/) });
    expect(benchmarkComparison(percentage, { value: null, status: 'suppressed' }, 10).result).toBe('not-compared');
    expect(benchmarkComparison(percentage, obs(81, 263), null).reason).toBe('no benchmark value');
    expect(benchmarkComparison({ measure: 'mean', polarity: 'neither' }, { value: 52, status: 'value' }, 50).reason).toBe('no confidence interval');
  });

  it('uses supplied 95% limits when that is all there is', () => {
    const supplied = { value: 52, status: 'value' as const, lower: 51, upper: 53 };
    expect(benchmarkComparison({ measure: 'mean', polarity: 'higher-is-better' }, supplied, 50)).toMatchObject({ result: 'better', confidence: 0.95 });
  });

  it('reads as a phrase for descriptions', () => {
    expect(comparisonPhrase(benchmarkComparison(percentage, obs(81, 263), 45), 'the whole atlas')).toBe('significantly worse than the whole atlas (99.8% confidence)');
    expect(comparisonPhrase(benchmarkComparison(percentage, obs(81, 263), 31), 'Ashford')).toBe('similar to Ashford');
  });
});
