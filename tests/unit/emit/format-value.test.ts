import { describe, expect, it } from 'vitest';
import { formatObservation, formatValue, roundTo } from '../../../src/pipeline/emit/format-value.ts';

describe('formatValue', () => {
  it('writes the unit each measure implies', () => {
    expect(formatValue(12.345, { measure: 'percentage', decimals: 1 })).toBe('12.3%');
    expect(formatValue(31.25, { measure: 'rate', per: 1000, decimals: 1 })).toBe('31.3 per 1,000');
    expect(formatValue(1234, { measure: 'count', unit: 'people', decimals: 0 })).toBe('1,234 people');
    expect(formatValue(7, { measure: 'rank', decimals: 0 })).toBe('7');
  });
});

describe('formatObservation', () => {
  it('shows a status in words instead of a number', () => {
    expect(formatObservation({ value: null, status: 'suppressed' }, { measure: 'count', decimals: 0 })).toBe('Suppressed');
  });
});

describe('roundTo', () => {
  it('rounds to the published decimals', () => {
    expect(roundTo(2.345, 1)).toBe(2.3);
    expect(roundTo(1.005, 0)).toBe(1);
  });
});

describe('roundTo at the edges', () => {
  it('rounds ties half away from zero on the decimal form, not the binary one', () => {
    expect(roundTo(1.265, 2)).toBe(1.27);
    expect(roundTo(9.995, 2)).toBe(10);
    expect(roundTo(-0.35, 1)).toBe(-0.4);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(1e-7, 2)).toBe(0);
  });

  it('never returns minus zero', () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
  });
});
