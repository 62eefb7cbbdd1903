import { describe, expect, it } from 'vitest';
import { aggregateUp } from '../../../src/pipeline/convert/aggregate-up.ts';
import type { IndicatorMeta, Level, Observation } from '../../../src/pipeline/types.ts';

const levels: Level[] = [
  { id: 'district', name: 'District', plural: 'Districts', topologyPath: '', object: '', codeProperty: 'code', nameProperty: 'name', parentLevel: null, areas: [{ code: 'D1', name: 'D1', level: 'district', parentCode: null }] },
  { id: 'ward', name: 'Ward', plural: 'Wards', topologyPath: '', object: '', codeProperty: 'code', nameProperty: 'name', parentLevel: 'district', areas: ['W1', 'W2'].map((code) => ({ code, name: code, level: 'ward', parentCode: 'D1' })) },
  { id: 'small', name: 'Small area', plural: 'Small areas', topologyPath: '', object: '', codeProperty: 'code', nameProperty: 'name', parentLevel: 'ward', areas: [['S1', 'W1'], ['S2', 'W1'], ['S3', 'W2']].map(([code, parent]) => ({ code: code!, name: code!, level: 'small', parentCode: parent! })) },
];

function meta(measure: IndicatorMeta['measure'], parts = false): IndicatorMeta {
  return { id: 'i', datasetId: 'd', title: 'I', measure, per: measure === 'rate' ? 1000 : undefined, polarity: 'neither', decimals: 1, classification: { method: 'quantiles', classes: 5 }, hasNumerator: parts, hasDenominator: parts, hasIntervals: false };
}

function obs(code: string, value: number | null, numerator?: number, denominator?: number, status: Observation['status'] = 'value'): Observation {
  return { code, period: '2023', value, status: value === null && status === 'value' ? 'missing' : status, numerator, denominator, source: { line: 1 } };
}

describe('aggregateUp', () => {
  it('sums counts up every level', () => {
    const result = aggregateUp(meta('count'), new Map([['small', [obs('S1', 10), obs('S2', 5), obs('S3', 7)]]]), levels);
    expect(result.aggregatedLevels).toEqual(['ward', 'district']);
    expect(result.byLevel.get('ward')!.map((o) => [o.code, o.value])).toEqual([['W1', 15], ['W2', 7]]);
    expect(result.byLevel.get('district')![0]!.value).toBe(22);
  });

  it('recomputes percentages from summed numerators and denominators, not by averaging', () => {
    const result = aggregateUp(meta('percentage', true), new Map([['small', [obs('S1', 50, 1, 2), obs('S2', 10, 10, 100), obs('S3', 0, 0, 10)]]]), levels);
    expect(result.byLevel.get('ward')![0]!.value).toBeCloseTo((11 / 102) * 100, 10);
    expect(result.byLevel.get('district')![0]!.value).toBeCloseTo((11 / 112) * 100, 10);
  });

  it('recomputes rates per N', () => {
    const result = aggregateUp(meta('rate', true), new Map([['small', [obs('S1', 0, 1, 500), obs('S2', 0, 3, 500), obs('S3', 0, 2, 1000)]]]), levels);
    expect(result.byLevel.get('district')![0]!.value).toBeCloseTo(3, 10);
  });

  it('refuses ranks, deciles and scores with a reason', () => {
    for (const measure of ['rank', 'decile', 'score'] as const) {
      const result = aggregateUp(meta(measure), new Map([['small', [obs('S1', 1), obs('S2', 2), obs('S3', 3)]]]), levels);
      expect(result.aggregatedLevels).toEqual([]);
      expect(result.notAggregatedReason).toMatch(/cannot be summed or averaged/);
    }
  });

  it('refuses percentages without a numerator and denominator', () => {
    const result = aggregateUp(meta('percentage'), new Map([['small', [obs('S1', 1)]]]), levels);
    expect(result.notAggregatedReason).toMatch(/numerator and denominator/);
  });

  it('gives a parent no value when any child lacks one, rather than a partial sum', () => {
    const result = aggregateUp(meta('count'), new Map([['small', [obs('S1', 10), obs('S2', null, undefined, undefined, 'suppressed'), obs('S3', 7)]]]), levels);
    expect(result.byLevel.get('ward')!.map((o) => [o.code, o.status])).toEqual([['W1', 'not-available'], ['W2', 'value']]);
    expect(result.byLevel.get('district')![0]!.status).toBe('not-available');
  });

  it('keeps a level the publisher supplied instead of computing it', () => {
    const supplied = [obs('W1', 99), obs('W2', 1)];
    const result = aggregateUp(meta('count'), new Map([['small', [obs('S1', 10), obs('S2', 5), obs('S3', 7)]], ['ward', supplied]]), levels);
    expect(result.byLevel.get('ward')).toBe(supplied);
    expect(result.byLevel.get('district')![0]!.value).toBe(100);
  });
});
