/** Reads a CSV file that is not a dataset (a postcode lookup, a list of custom areas) into a table. */
import { existsSync, readFileSync } from 'node:fs';
import type { Problem } from '../validate/atlas-error.ts';
import { decodeText } from './decode-text.ts';
import { readCsvTable, type CsvTable } from './read-csv-table.ts';

/** `path` is absolute; `file` is how messages name it (relative to the atlas root). */
export function readCsvFile(path: string, file: string): { table?: CsvTable; problems: Problem[] } {
  if (!existsSync(path)) return { problems: [{ file, message: 'the file does not exist', fix: 'Check the path (it is case-sensitive) and that the file is committed.' }] };
  const { text, problem } = decodeText(readFileSync(path), file);
  if (problem) return { problems: [problem] };
  return readCsvTable(text!, file, { skipLines: 0, footerLines: 0 });
}
