/**
 * Reads a publisher's CSV as released: header lines above the table and footnotes below it are
 * skipped as the metadata declares; every row keeps the line number an editor shows for the
 * line where it starts, whatever the line endings (CRLF, LF, a bare CR, or a mix) and however
 * many line breaks its quoted cells hold.
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
  /** Where the layout was declared, so a layout that swallows the table is reported there. */
  declaredAt?: { file: string; skipLinesLine: number; footerLinesLine: number };
}

export function readCsvTable(raw: string, file: string, layout: CsvLayout): { table?: CsvTable; problems: Problem[] } {
  // One line ending everywhere, so csv-parse's line count matches what an editor shows.
  const text = raw.replace(/\r\n?/g, '\n');
  const lineCount = text === '' ? 0 : text.replace(/\n$/, '').split('\n').length;
  if (layout.skipLines > 0 && layout.skipLines >= lineCount && layout.declaredAt) {
    return {
      problems: [
        {
          file: layout.declaredAt.file,
          line: layout.declaredAt.skipLinesLine,
          message: `\`skip_lines: ${layout.skipLines}\` skips the whole file (it has ${lineCount} line${lineCount === 1 ? '' : 's'})`,
          fix: 'Set `skip_lines:` to the number of lines above the header row.',
        },
      ],
    };
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { from_line: layout.skipLines + 1, info: true, skip_empty_lines: true, relax_column_count: true, trim: false, bom: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error) {
    const e = error as { lines?: number; message: string; code?: string };
    return {
      problems: [
        {
          file,
          line: e.code === 'CSV_QUOTE_NOT_CLOSED' ? lineOfUnclosedQuote(text) : e.lines,
          message: `the CSV cannot be read: ${csvErrorInWords(e)}`,
          fix: 'A field containing commas, quotes or line breaks must be wrapped in double quotes, with quotes inside it doubled ("").',
        },
      ],
    };
  }
  // Trailing all-blank records (",,,") are padding, not footnotes.
  while (records.length > 0 && records.at(-1)!.record.every((cell) => cell.trim() === '')) records.pop();
  const withHeader = records.length;
  if (layout.footerLines > 0) records = records.slice(0, Math.max(0, records.length - layout.footerLines));
  const [headerRecord, ...body] = records;
  if (!headerRecord) {
    if (withHeader > 0 && layout.declaredAt) {
      return {
        problems: [
          {
            file: layout.declaredAt.file,
            line: layout.declaredAt.footerLinesLine,
            message: `\`footer_lines: ${layout.footerLines}\` leaves no table (the file has ${withHeader} row${withHeader === 1 ? '' : 's'} from the header down)`,
            fix: 'Set `footer_lines:` to the number of footnote lines below the table.',
          },
        ],
      };
    }
    return { problems: [{ file, line: layout.skipLines + 1, message: 'the file has no header row', fix: 'Check `skip_lines:` in metadata.yaml and that the file is not empty.' }] };
  }
  const headerLine = startLine(headerRecord);
  const separator = otherSeparator(headerRecord.record);
  if (separator) {
    return { problems: [{ file, line: headerLine, message: `the columns are separated by ${separator}, not commas`, fix: 'Save the file again as "CSV UTF-8 (comma delimited)".' }] };
  }
  const header = headerRecord.record.map((name) => name.trim());
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (name !== '' && seen.has(name)) problems.push({ file, line: headerLine, message: `the header repeats the column "${name}"`, fix: 'Give every column a distinct name.' });
    seen.add(name);
  }
  if (body.length === 0) {
    problems.push({ file, line: headerLine, message: 'the file has a header row but no data rows', fix: 'Check `skip_lines:` and `footer_lines:` in metadata.yaml, and that the file is the complete export.' });
    return { problems };
  }
  const rows: CsvRow[] = [];
  for (const record of body) {
    const line = startLine(record);
    const cells = record.record;
    if (cells.length !== header.length) {
      problems.push({
        file,
        line,
        message: `this row has ${cells.length} cell${cells.length === 1 ? '' : 's'} but the header has ${header.length}`,
        fix: 'Check for an unquoted comma in a value or a missing cell; if the lines at the end are footnotes, set `footer_lines:` in metadata.yaml.',
      });
      continue;
    }
    rows.push({ line, cells });
  }
  return { table: { file, header, headerLine, rows }, problems };
}

/** csv-parse counts lines up to the end of a record; a record starts that many line breaks earlier. */
function startLine(record: { record: string[]; info: { lines: number } }): number {
  const breaks = record.record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  return record.info.lines - breaks;
}

/** The line of the quote that opens a field and is never closed: the last quote preceded by an even number of quotes. */
function lineOfUnclosedQuote(text: string): number | undefined {
  let quotes = 0;
  let opening = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (quotes % 2 === 0) opening = i;
    quotes++;
  }
  return opening < 0 ? undefined : text.slice(0, opening).split('\n').length;
}

/** A header read as one column that holds semicolons or tabs was saved with another separator. */
function otherSeparator(header: string[]): string | null {
  if (header.length !== 1) return null;
  if (header[0]!.includes('\t')) return 'tabs';
  if (header[0]!.includes(';')) return 'semicolons';
  return null;
}

function csvErrorInWords(error: { message: string; code?: string }): string {
  switch (error.code) {
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote closes a field but is followed by more text';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed';
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return 'a quote appears in the middle of a field that does not start with a quote';
    default:
      return error.message.replace(/^Invalid Record Length: /, '');
  }
}
