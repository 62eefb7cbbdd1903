import { describe, expect, it } from 'vitest';
import { aggregateUp } from '../../../src/pipeline/convert/aggregate-up.ts';
import { aggregateBuildingBlocks } from '../../../src/pipeline/convert/aggregate-building-blocks.ts';
import type { IndicatorMeta, Level, Observation } from '../../../src/pipeline/types.ts';

const level = (id: string, areas: [string, string | null][], extra: Partial<Level> = {}): Level => ({
  id,
  name: id,
  plural: `${id}s`,
  topologyPath: '',
  object: id,
  codeProperty: 'code',
  nameProperty: 'name',
  parentLevel: null,
  areas: areas.map(([code, parentCode]) => ({ code, name: code, level: id, parentCode })),
  ...extra,
});

/**
 * District D1 has wards W1 (small areas S1, S2) and W2 (S3, S4). Locality L1 is S2 and S3 (across
 * the ward boundary); L2 is S4. Neighbourhoods N1, N2 do not nest: S1, S2 and S3 are centred in
 * N1, S4 in N2 (a best-fit lookup). Partnership P1 is made of neighbourhoods N1 and N2.
 */
const levels: Level[] = [
  level('district', [['D1', null]]),
  level('ward', [['W1', 'D1'], ['W2', 'D1']], { parentLevel: 'district' }),
  level('small', [['S1', 'W1'], ['S2', 'W1'], ['S3', 'W2'], ['S4', 'W2']], { parentLevel: 'ward' }),
  level('locality', [['L1', null], ['L2', null]], { buildingBlocks: { kind: 'custom', level: 'small', file: 'custom/l.csv', members: { L1: ['S2', 'S3'], L2: ['S4'] } } }),
  level('neighbourhood', [['N1', null], ['N2', null]], { buildingBlocks: { kind: 'best-fit', level: 'small', file: 'build/n.csv', members: { N1: ['S1', 'S2', 'S3'], N2: ['S4'] } } }),
  level('partnership', [['P1', null]], { buildingBlocks: { kind: 'custom', level: 'neighbourhood', file: 'custom/p.csv', members: { P1: ['N1', 'N2'] } } }),
];

function meta(measure: IndicatorMeta['measure'], parts = false): IndicatorMeta {
  return { id: 'i', datasetId: 'd', title: 'I', measure, per: measure === 'rate' ? 1000 : undefined, polarity: 'neither', decimals: 1, classification: { method: 'quantiles', classes: 5 }, hasNumerator: parts, hasDenominator: parts, hasIntervals: false };
}

function obs(code: string, value: number | null, numerator?: number, denominator?: number): Observation {
  return { code, period: '2023', value, status: value === null ? 'suppressed' : 'value', numerator, denominator, source: { line: 1 } };
}

const run = (m: IndicatorMeta, observations: Observation[]) => aggregateBuildingBlocks(m, aggregateUp(m, new Map([['small', observations]]), levels), levels);
const values = (result: ReturnType<typeof run>, id: string) => result.byLevel.get(id)!.map((o) => [o.code, o.value]);

describe('aggregateBuildingBlocks', () => {
  const counts = run(meta('count'), [obs('S1', 1), obs('S2', 10), obs('S3', 100), obs('S4', 1000)]);

  it('sums counts into custom areas from their building blocks', () => {
    expect(values(counts, 'locality')).toEqual([['L1', 110], ['L2', 1000]]);
    expect(counts.builtFrom.locality).toBe('small');
  });

  it('builds best-fit levels the same way, and marks them approximate', () => {
    expect(values(counts, 'neighbourhood')).toEqual([['N1', 111], ['N2', 1000]]);
    expect(counts.approximateLevels).toEqual(['neighbourhood', 'partnership']);
  });

  it('builds a custom level from a level that was itself built from blocks, and it stays approximate', () => {
    expect(values(counts, 'partnership')).toEqual([['P1', 1111]]);
    expect(counts.builtFrom.partnership).toBe('neighbourhood');
  });

  it('leaves the hierarchy as aggregateUp made it, exact', () => {
    expect(values(counts, 'ward')).toEqual([['W1', 11], ['W2', 1100]]);
    expect(counts.aggregatedLevels).toEqual(['ward', 'district', 'locality', 'neighbourhood', 'partnership']);
    expect(counts.approximateLevels).not.toContain('district');
  });

  it('recomputes percentages from summed numerators and denominators', () => {
    const result = run(meta('percentage', true), [obs('S1', 50, 1, 2), obs('S2', 10, 10, 100), obs('S3', 0, 0, 10), obs('S4', 25, 5, 20)]);
    expect(result.byLevel.get('locality')![0]!.value).toBeCloseTo((10 / 110) * 100, 10);
    expect(result.byLevel.get('locality')![0]!.numerator).toBe(10);
  });

  it('refuses ranks, deciles and scores for custom areas too, with the reason', () => {
    for (const measure of ['rank', 'decile', 'score'] as const) {
      const result = run(meta(measure), [obs('S1', 1), obs('S2', 2), obs('S3', 3), obs('S4', 4)]);
      expect(result.byLevel.has('locality')).toBe(false);
      expect(result.notAggregatedReason).toMatch(/cannot be summed or averaged/);
    }
  });

  it('gives a custom area no value when one of its blocks has none, rather than a partial sum', () => {
    const result = run(meta('count'), [obs('S1', 1), obs('S2', null), obs('S3', 100), obs('S4', 1000)]);
    expect(result.byLevel.get('locality')!.map((o) => [o.code, o.status])).toEqual([['L1', 'not-available'], ['L2', 'value']]);
  });

  it('keeps figures a publisher gave for the custom areas themselves', () => {
    const m = meta('count');
    const given = [obs('L1', 5)];
    const result = aggregateBuildingBlocks(m, aggregateUp(m, new Map([['small', [obs('S1', 1)]], ['locality', given]]), levels), levels);
    expect(result.byLevel.get('locality')).toBe(given);
    expect(result.aggregatedLevels).not.toContain('locality');
  });
});
