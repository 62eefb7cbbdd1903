import { describe, expect, it } from 'vitest';
import { summarySentence } from '../../../src/pipeline/emit/summary-sentence.ts';

describe('summarySentence', () => {
  const base = { title: 'Resident population', period: '2023', levelPlural: 'Wards', format: { measure: 'count' as const, decimals: 0 } };

  it('names the lowest and highest areas, the median and the gaps', () => {
    const rows = [
      { name: 'Ash', value: 10 },
      { name: 'Birch', value: 30 },
      { name: 'Cedar', value: 20 },
      { name: 'Damson', value: null },
    ];
    expect(summarySentence({ ...base, rows, withoutValue: 1 })).toBe(
      'In 2023, resident population ranged from 10 in Ash to 30 in Birch across 3 wards; the median was 20. 1 of 4 wards have no published value.',
    );
  });

  it('says plainly when nothing is published', () => {
    expect(summarySentence({ ...base, rows: [{ name: 'Ash', value: null }], withoutValue: 1 })).toContain('has no published values');
  });
});
