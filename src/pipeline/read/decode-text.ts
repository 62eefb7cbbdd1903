/**
 * Publishers' files arrive as UTF-8 with or without a byte-order mark. Bytes that are not valid
 * UTF-8 (typically an Excel "CSV" saved as Windows-1252) are refused with a message saying how
 * to re-save, rather than decoded into mojibake that would silently mislabel areas; a file that
 * cannot be re-saved may declare `encoding: windows-1252` and is then decoded as such.
 */
import iconv from 'iconv-lite';
import type { Problem } from '../validate/atlas-error.ts';

export type TextEncoding = 'utf-8' | 'windows-1252';

export function decodeText(bytes: Uint8Array, file: string, encoding: TextEncoding = 'utf-8'): { text?: string; problem?: Problem } {
  const resave = 'Open it in a spreadsheet and save it again as "CSV UTF-8 (comma delimited)".';
  // Spreadsheets rather than text: a zip (.xlsx) or an OLE2 compound file (.xls).
  if ((bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)) {
    return { problem: { file, line: 1, message: 'the file is an Excel workbook, not a CSV', fix: 'Open it in Excel, save it as "CSV UTF-8 (comma delimited)" and name the .csv in `file:`.' } };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { file, line: 1, message: 'the file is UTF-16', fix: 'Save it again as "CSV UTF-8 (comma delimited)".' } };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { problem: { file, line: lineAt(bytes, nul), message: 'the file contains a zero byte (NUL), so it is damaged or saved as UTF-16', fix: resave } };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (encoding === 'windows-1252') {
    // A declared Windows-1252 file that is valid UTF-8 with non-ASCII text would turn "£" into "Â£".
    if (hasBom || (bytes.some((b) => b >= 0x80) && isValidUtf8(bytes))) {
      return { problem: { file, line: 1, message: 'the metadata says `encoding: windows-1252`, but the file is valid UTF-8', fix: 'Remove `encoding:` from metadata.yaml.' } };
    }
    return { text: iconv.decode(Buffer.from(bytes), 'win1252') };
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
        fix: 'Open it in a spreadsheet and save it again as "CSV UTF-8 (comma delimited)", or if it must stay as released, add `encoding: windows-1252` to metadata.yaml.',
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

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
