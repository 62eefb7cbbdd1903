/**
 * Serialisers for the example atlas's files. Publishers' CSVs differ in the ways real ones do
 * (byte-order mark, CRLF line endings, title lines, footnotes), so those are options here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, isScalar, isSeq, visit } from 'yaml';

export type Cell = string | number;

export interface CsvOptions {
  bom?: boolean;
  crlf?: boolean;
  /** Lines above the header (titles), written as single quoted cells. */
  titleLines?: string[];
  /** Lines below the table (footnotes), written as single quoted cells. */
  footnotes?: string[];
}

/** Quotes a cell only when CSV requires it (a comma, quote or line break inside). */
export function csvCell(value: Cell): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(header: string[], rows: Cell[][], options: CsvOptions = {}): string {
  const eol = options.crlf ? '\r\n' : '\n';
  const lines = [
    ...(options.titleLines ?? []).map((line) => csvCell(line)),
    header.map(csvCell).join(','),
    ...rows.map((row) => row.map(csvCell).join(',')),
    ...(options.footnotes ?? []).map((line) => csvCell(line)),
  ];
  return (options.bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}

/** 1234 -> "1,234", the way spreadsheets export formatted numbers (csvCell then quotes it). */
export function withThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Fixed decimals, so the same number is always written the same way. */
export function fixed(value: number, decimals: number): string {
  return value.toFixed(decimals);
}

/**
 * YAML as a person would write it: small maps of scalars inline (`contact: { name, email }`),
 * long text as literal blocks, no line folding, and leading comment lines.
 */
export function yamlText(value: unknown, comments: string[]): string {
  const doc = new Document(value);
  visit(doc, {
    Map(_, node) {
      const simple = node.items.every((pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.items.every(isScalar)));
      if (simple && node.items.length <= 3 && !node.items.some((pair) => isScalar(pair.value) && String(pair.value.value).includes('\n'))) node.flow = true;
    },
  });
  doc.commentBefore = comments.map((line) => ` ${line}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}

/** Writes one output file under the atlas root, creating folders as needed. */
export function writeOutput(root: string, path: string, content: string): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}
