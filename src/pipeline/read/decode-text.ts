/**
 * Publishers' files arrive as UTF-8 with or without a byte-order mark. Bytes that are not valid
 * UTF-8 (typically an Excel "CSV" saved as Windows-1252) are refused with a message saying how
 * to re-save, rather than decoded into mojibake that would silently mislabel areas.
 */
import type { Problem } from '../validate/atlas-error.ts';

export function decodeText(bytes: Uint8Array, file: string): { text?: string; problem?: Problem } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { problem: { file, line: 1, message: 'the file is UTF-16', fix: 'Save it again as "CSV UTF-8 (comma delimited)".' } };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { text };
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return {
      problem: {
        file,
        line,
        message: 'the file is not valid UTF-8 (it looks like a Windows-1252 or Latin-1 export)',
        fix: 'Open it in a spreadsheet and save it again as "CSV UTF-8 (comma delimited)".',
      },
    };
  }
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}
