import { describe, expect, it } from 'vitest';
import { ATLAS_CODE } from '../../../src/pipeline/convert/atlas-total.ts';
import { suppressAtlasTotal } from '../../../src/pipeline/disclose/suppress-atlas-total.ts';
import type { IndicatorMeta, Observation } from '../../../src/pipeline/types.ts';

function meta(measure: IndicatorMeta['measure'], parts = false): IndicatorMeta {
  return { id: 'i', datasetId: 'd', title: 'I', measure, per: measure === 'rate' ? 1000 : undefined, polarity: 'neither', decimals: 1, classification: { method: 'quantiles', classes: 5 }, hasNumerator: parts, hasDenominator: parts, hasIntervals: false };
}
const obs = (code: string, value: number, numerator?: number, denominator?: number): Observation => ({ code, period: '2023', value, status: 'value', numerator, denominator, source: { line: 1 } });
const total = (value: number, numerator?: number, denominator?: number) => [obs(ATLAS_CODE, value, numerator, denominator)];

describe('suppressAtlasTotal', () => {
  it('suppresses a total that is itself below the threshold', () => {
    const result = suppressAtlasTotal(meta('count'), total(4), new Map(), 5);
    expect(result.observations[0]!.status).toBe('suppressed');
    expect(result.suppressed).toBe(1);
  });

  it('suppresses a total that would reveal the one suppressed area by subtraction', () => {
    const byLevel = new Map([['district', [obs('D1', 100), obs('D2', 3), obs('D3', 60)]]]);
    const result = suppressAtlasTotal(meta('count'), total(163), byLevel, 5);
    expect(result.observations[0]).toMatchObject({ value: null, status: 'suppressed' });
  });

  it('suppresses a total when the suppressed areas together are still below the threshold', () => {
    const byLevel = new Map([['small', [obs('S1', 100), obs('S2', 1), obs('S3', 2)]]]);
    expect(suppressAtlasTotal(meta('count'), total(103), byLevel, 5).observations[0]!.status).toBe('suppressed');
  });

  it('publishes a total when the suppressed areas together reach the threshold', () => {
    const byLevel = new Map([['small', [obs('S1', 100), obs('S2', 3), obs('S3', 4)]]]);
    expect(suppressAtlasTotal(meta('count'), total(107), byLevel, 5).observations[0]).toMatchObject({ value: 107, status: 'value' });
  });

  it('looks at numerators and denominators of rates, and does nothing at a threshold of 0', () => {
    const byLevel = new Map([['ward', [obs('W1', 10, 100, 10000), obs('W2', 500, 2, 4000)]]]);
    expect(suppressAtlasTotal(meta('rate', true), total(7.3, 102, 14000), byLevel, 5).observations[0]!.status).toBe('suppressed');
    expect(suppressAtlasTotal(meta('rate', true), total(7.3, 102, 14000), byLevel, 0).observations[0]!.status).toBe('value');
  });
});
