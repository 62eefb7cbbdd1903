import { describe, expect, it } from 'vitest';
import { parseCell } from '../../../src/pipeline/normalise/parse-cell.ts';

describe('parseCell', () => {
  it('reads plain, signed, decimal and scientific numbers', () => {
    expect(parseCell('42')).toEqual({ status: 'value', value: 42 });
    expect(parseCell('-3.5')).toEqual({ status: 'value', value: -3.5 });
    expect(parseCell('.25')).toEqual({ status: 'value', value: 0.25 });
    expect(parseCell('1.2e3')).toEqual({ status: 'value', value: 1200 });
    expect(parseCell('4E-2')).toEqual({ status: 'value', value: 0.04 });
  });

  it('reads thousands separators only where they group digits in threes', () => {
    expect(parseCell('1,928')).toEqual({ status: 'value', value: 1928 });
    expect(parseCell('12,345,678.5')).toEqual({ status: 'value', value: 12345678.5 });
    expect(parseCell('1,92').status).toBe('invalid');
    expect(parseCell('1,2345').status).toBe('invalid');
  });

  it('reads a trailing percent sign as the number before it', () => {
    expect(parseCell('12.5%')).toEqual({ status: 'value', value: 12.5 });
  });

  it('keeps every status marker as its own status, never zero', () => {
    expect(parseCell('')).toEqual({ status: 'missing', value: null });
    expect(parseCell('  ')).toEqual({ status: 'missing', value: null });
    expect(parseCell('..').status).toBe('not-available');
    expect(parseCell('x').status).toBe('not-available');
    expect(parseCell('-').status).toBe('nil');
    expect(parseCell('*').status).toBe('suppressed');
    expect(parseCell('c').status).toBe('suppressed');
    expect(parseCell('[c]').status).toBe('suppressed');
    expect(parseCell('u').status).toBe('low-reliability');
    expect(parseCell('n/a').status).toBe('not-applicable');
    expect(parseCell('N/A').status).toBe('not-applicable');
  });

  it('refuses text, formulas and non-finite numbers', () => {
    for (const text of ['twelve', '=cmd()', '12abc', 'Infinity', 'NaN', '1e999', '0x10', '£5']) {
      expect(parseCell(text).status, text).toBe('invalid');
    }
  });
});
