import { describe, expect, it } from 'vitest';
import { ATLAS_CODE, atlasTotal } from '../../../src/pipeline/convert/atlas-total.ts';
import type { IndicatorMeta, Level, Observation } from '../../../src/pipeline/types.ts';

const levels: Level[] = [
  { id: 'district', name: 'District', plural: 'Districts', topologyPath: '', object: '', codeProperty: 'code', nameProperty: 'name', parentLevel: null, areas: ['D1', 'D2'].map((code) => ({ code, name: code, level: 'district', parentCode: null })) },
  { id: 'small', name: 'Small area', plural: 'Small areas', topologyPath: '', object: '', codeProperty: 'code', nameProperty: 'name', parentLevel: 'district', areas: [['S1', 'D1'], ['S2', 'D1'], ['S3', 'D2']].map(([code, parent]) => ({ code: code!, name: code!, level: 'small', parentCode: parent! })) },
];

function meta(measure: IndicatorMeta['measure'], parts = false): IndicatorMeta {
  return { id: 'i', datasetId: 'd', title: 'I', measure, per: measure === 'rate' ? 1000 : undefined, polarity: 'neither', decimals: 1, classification: { method: 'quantiles', classes: 5 }, hasNumerator: parts, hasDenominator: parts, hasIntervals: false };
}
const obs = (code: string, period: string, value: number | null, numerator?: number, denominator?: number): Observation => ({ code, period, value, status: value === null ? 'suppressed' : 'value', numerator, denominator, source: { line: 1 } });

describe('atlasTotal', () => {
  it('sums counts over the largest level, one observation per period', () => {
    const total = atlasTotal(meta('count'), new Map([['district', [obs('D1', '2023', 10), obs('D2', '2023', 5), obs('D1', '2022', 1), obs('D2', '2022', 2)]]]), levels);
    expect(total.map((o) => [o.code, o.period, o.value])).toEqual([[ATLAS_CODE, '2022', 3], [ATLAS_CODE, '2023', 15]]);
  });

  it('recomputes a percentage from summed numerators and denominators', () => {
    const total = atlasTotal(meta('percentage', true), new Map([['district', [obs('D1', '2023', 50, 1, 2), obs('D2', '2023', 10, 10, 100)]]]), levels);
    expect(total[0]).toMatchObject({ value: (11 / 102) * 100, numerator: 11, denominator: 102, status: 'value' });
  });

  it('uses the largest level the indicator reaches, even when it was read at a smaller one only', () => {
    const total = atlasTotal(meta('count'), new Map([['small', [obs('S1', '2023', 1), obs('S2', '2023', 2), obs('S3', '2023', 3)]]]), levels);
    expect(total[0]!.value).toBe(6);
  });

  it('gives no value when an area lacks one, and nothing for measures that cannot be combined', () => {
    expect(atlasTotal(meta('count'), new Map([['district', [obs('D1', '2023', 10), obs('D2', '2023', null)]]]), levels)[0]!.status).toBe('not-available');
    expect(atlasTotal(meta('rank'), new Map([['district', [obs('D1', '2023', 1), obs('D2', '2023', 2)]]]), levels)).toEqual([]);
    expect(atlasTotal(meta('percentage'), new Map([['district', [obs('D1', '2023', 1), obs('D2', '2023', 2)]]]), levels)).toEqual([]);
  });
});

describe('atlasTotal with custom areas', () => {
  it('never combines a custom or best-fit level, which need not cover the atlas', () => {
    const custom: Level = { ...levels[0]!, id: 'locality', parentLevel: null, areas: [{ code: 'L1', name: 'L1', level: 'locality', parentCode: null }], buildingBlocks: { kind: 'custom', level: 'small', file: '', members: { L1: ['S1'] } } as Level['buildingBlocks'] };
    const byLevel = new Map([['locality', [obs('L1', '2023', 1)]], ['small', [obs('S1', '2023', 1), obs('S2', '2023', 2), obs('S3', '2023', 3)]]]);
    expect(atlasTotal(meta('count'), byLevel, [custom, ...levels])[0]!.value).toBe(6);
  });
});
