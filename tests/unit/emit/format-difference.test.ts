import { describe, expect, it } from 'vitest';
import { formatDifference } from '../../../src/pipeline/emit/format-difference.ts';

describe('formatDifference', () => {
  it('writes percentage points, rates per N and units, with a sign and a true minus', () => {
    expect(formatDifference(2.345, { measure: 'percentage', decimals: 1 })).toBe('+2.3 percentage points');
    expect(formatDifference(-1.4, { measure: 'rate', per: 1000, decimals: 1 })).toBe('\u22121.4 per 1,000');
    expect(formatDifference(1200, { measure: 'count', unit: 'people', decimals: 0 })).toBe('+1,200 people');
  });

  it('gives no sign to a change that rounds to zero, and can leave out sign or unit', () => {
    expect(formatDifference(-0.01, { measure: 'percentage', decimals: 1 })).toBe('0.0 percentage points');
    expect(formatDifference(-2, { measure: 'rate', per: 100, decimals: 0 }, { sign: false })).toBe('2 per 100');
    expect(formatDifference(-2, { measure: 'rate', per: 100, decimals: 0 }, { unit: false })).toBe('\u22122');
  });
});
