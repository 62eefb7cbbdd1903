/**
 * Reads a publisher's CSV as released: header lines above the table and footnotes below it are
 * skipped as the metadata declares; every row keeps its physical line number for error messages.
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from '../validate/atlas-error.ts';

export interface CsvRow {
  /** 1-based line in the file where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  header: string[];
  headerLine: number;
  rows: CsvRow[];
}

export interface CsvLayout {
  skipLines: number;
  footerLines: number;
}

export function readCsvTable(text: string, file: string, layout: CsvLayout): { table?: CsvTable; problems: Problem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      from_line: layout.skipLines + 1,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: false,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const e = error as { lines?: number; message: string; code?: string };
    return {
      problems: [
        {
          file,
          line: e.lines,
          message: `the CSV cannot be read: ${csvErrorInWords(e)}`,
          fix: 'A field containing commas, quotes or line breaks must be wrapped in double quotes, with quotes inside it doubled ("").',
        },
      ],
    };
  }
  // Trailing all-blank records (",,,") are padding, not footnotes.
  while (records.length > 0 && records.at(-1)!.record.every((cell) => cell.trim() === '')) records.pop();
  if (layout.footerLines > 0) records = records.slice(0, Math.max(0, records.length - layout.footerLines));
  const [headerRecord, ...body] = records;
  if (!headerRecord) {
    return { problems: [{ file, line: layout.skipLines + 1, message: 'the file has no header row', fix: 'Check `skip_lines:` in metadata.yaml and that the file is not empty.' }] };
  }
  const header = headerRecord.record.map((name) => name.trim());
  const headerLine = headerRecord.info.lines;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (name !== '' && seen.has(name)) {
      problems.push({ file, line: headerLine, message: `the header repeats the column "${name}"`, fix: 'Give every column a distinct name.' });
    }
    seen.add(name);
  }
  const rows: CsvRow[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== header.length) {
      problems.push({
        file,
        line,
        message: `this row has ${record.length} cells but the header has ${header.length}`,
        fix: 'Check for an unquoted comma in a value or a missing cell; if the lines at the end are footnotes, set `footer_lines:` in metadata.yaml.',
      });
      continue;
    }
    rows.push({ line, cells: record });
  }
  return { table: { file, header, headerLine, rows }, problems };
}

function csvErrorInWords(error: { message: string; code?: string }): string {
  switch (error.code) {
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote closes a field but is followed by more text';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed';
    default:
      return error.message.replace(/^Invalid Record Length: /, '');
  }
}
