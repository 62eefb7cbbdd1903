/**
 * Reading a built site for the gateway tests: every file with its URL, split into the public
 * output and the full tables under the prefix, and the sentinel values of the example atlas,
 * which exist only in protected columns and datasets.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface SiteFile {
  /** Path relative to the site root, with forward slashes. */
  path: string;
  /** The URL a browser would use (directory index pages as `dir/`). */
  url: string;
  bytes: Buffer;
}

export function siteFiles(root: string): SiteFile[] {
  const files: SiteFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const path = relative(root, full).split(sep).join('/');
        files.push({ path, url: `/${path.replace(/(^|\/)index\.html$/, '$1')}`, bytes: readFileSync(full) });
      }
    }
  };
  walk(root);
  return files;
}

export function isUnderPrefix(path: string, prefix: string): boolean {
  return `/${path}`.startsWith(prefix);
}

/**
 * The example atlas's sentinels: every value of the columns below. They are in no public
 * column and no public dataset, so the public site must not contain one of them, and the full
 * tables must contain every one.
 */
export const SENTINEL_COLUMNS: Record<string, string[]> = {
  'domestic-abuse': ['Extract reference', 'Estimated cost of response (GBP)'],
  'child-protection': ['Extract reference'],
};

export function exampleSentinels(atlasRoot: string): string[] {
  const values = new Set<string>();
  for (const [dataset, columns] of Object.entries(SENTINEL_COLUMNS)) {
    const dir = join(atlasRoot, 'datasets', dataset);
    const file = readdirSync(dir).find((n) => n.endsWith('.csv'))!;
    const rows = parse(readFileSync(join(dir, file), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    for (const row of rows) for (const column of columns) values.add(row[column]!);
  }
  return [...values].sort();
}

/**
 * Finds which of many needles occur in a text, without one pass per needle: every needle is at
 * least `window` characters long, so each position's next `window` characters are looked up.
 */
export function findNeedles(text: string, needles: readonly string[]): Set<string> {
  const window = Math.min(...needles.map((n) => n.length));
  const byStart = new Map<string, string[]>();
  for (const needle of needles) {
    const key = needle.slice(0, window);
    byStart.set(key, [...(byStart.get(key) ?? []), needle]);
  }
  const found = new Set<string>();
  for (let i = 0; i + window <= text.length; i++) {
    const candidates = byStart.get(text.slice(i, i + window));
    if (candidates) for (const needle of candidates) if (text.startsWith(needle, i)) found.add(needle);
  }
  return found;
}
