import { describe, expect, it } from 'vitest';
import { normalisePostcode } from '../../../src/pipeline/convert/normalise-postcode.ts';

describe('normalisePostcode', () => {
  it('reduces every way of writing a postcode to one key and the pcds form', () => {
    for (const text of ['LE1 1AA', 'le1 1aa', 'LE11AA', '  LE1  1AA ', 'LE1\u00a01AA', 'LE1\t1AA']) {
      expect(normalisePostcode(text), JSON.stringify(text)).toEqual({ key: 'LE11AA', display: 'LE1 1AA' });
    }
  });

  it('reads the ONS fixed-width forms: pcd (7 characters) and pcd2 (8 characters)', () => {
    expect(normalisePostcode('LE101AA')).toEqual({ key: 'LE101AA', display: 'LE10 1AA' }); // pcd, 4-character outward code
    expect(normalisePostcode('B1  1AA')).toEqual({ key: 'B11AA', display: 'B1 1AA' }); // pcd, padded
    expect(normalisePostcode('LE1  1AA')).toEqual({ key: 'LE11AA', display: 'LE1 1AA' }); // pcd2
    expect(normalisePostcode('B1   1AA')).toEqual({ key: 'B11AA', display: 'B1 1AA' }); // pcd2
  });

  it('accepts every outward code shape (A9, A99, A9A, AA9, AA99, AA9A) and GIR 0AA', () => {
    for (const text of ['M1 1AE', 'B33 8TH', 'W1A 0AX', 'CR2 6XH', 'DN55 1PT', 'EC1A 1BB', 'GIR 0AA']) {
      expect(normalisePostcode(text)?.display).toBe(text);
    }
  });

  it('refuses text that is not shaped like a postcode, rather than guessing', () => {
    for (const text of ['', '   ', 'LE1', 'LE1 1A', 'LE1 AAA', '1LE 1AA', 'LE11 AA', 'LE1 1AA X', 'unknown', 'LE1-1AA']) {
      expect(normalisePostcode(text), JSON.stringify(text)).toBeNull();
    }
  });
});
