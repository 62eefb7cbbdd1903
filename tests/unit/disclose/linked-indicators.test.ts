import { describe, expect, it } from 'vitest';
import { linkedIndicators } from '../../../src/pipeline/disclose/linked-indicators.ts';

describe('linkedIndicators', () => {
  it('links a count and a rate that read the same column of a wide file, and nothing through a shared denominator', () => {
    const metadata = {
      format: 'wide' as const,
      indicators: [
        { id: 'incidents', measure: 'count' as const, column: 'Incidents' },
        { id: 'incident-rate', measure: 'rate' as const, numerator: 'Incidents', denominator: 'Residents' },
        { id: 'population', measure: 'count' as const, column: 'Residents' },
        { id: 'share-65', measure: 'percentage' as const, numerator: 'Aged 65+', denominator: 'Residents' },
      ],
    };
    expect(linkedIndicators(metadata, metadata.indicators.map((i) => i.id))).toEqual([['incident-rate', 'incidents'], ['population'], ['share-65']]);
  });

  it('links breakdown variants of one indicator in a long file, but not different indicators sharing its columns', () => {
    const metadata = {
      format: 'long' as const,
      indicators: [
        { id: 'conceptions', measure: 'rate' as const, match: 'Conceptions', numerator: 'Count' },
        { id: 'conceptions--female', measure: 'rate' as const, match: 'Conceptions', numerator: 'Count' },
        { id: 'self-harm', measure: 'rate' as const, match: 'Self-harm', numerator: 'Count' },
      ],
    };
    expect(linkedIndicators(metadata, ['conceptions', 'conceptions--female', 'self-harm'])).toEqual([['conceptions', 'conceptions--female'], ['self-harm']]);
  });
});
