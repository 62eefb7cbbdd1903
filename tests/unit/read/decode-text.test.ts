import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/pipeline/read/decode-text.ts';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('Ynys Môn'), 'f.csv').text).toBe('Ynys Môn');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'f.csv').text).toBe('a');
  });

  it('refuses Windows-1252 bytes, naming the line and how to re-save', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('code,name\nA,'), 0x4d, 0xf4, 0x6e, 0x0a]);
    const { text, problem } = decodeText(bytes, 'f.csv');
    expect(text).toBeUndefined();
    expect(problem).toMatchObject({ file: 'f.csv', line: 2 });
    expect(problem!.fix).toContain('CSV UTF-8');
  });
});
