/**
 * Shared by tests/build/leicestershire.test.ts and tests/browser/leicestershire.browser.test.ts:
 * where the real data lives, how to read a published CSV independently of the pipeline, and how
 * to build this fixture atlas (recipes, then the site) exactly as a maintainer would.
 *
 * The data is read in place from ../shared/data/leicestershire (beside the repository; CI clones
 * it there). It is never copied into the repository, and the tests skip when it is absent.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE = join(REPO, 'tests/fixtures/leicestershire/');
export const SHARED = resolve(REPO, '../shared/data/leicestershire');

export const FILES = {
  imd: join(SHARED, 'statistics/imd2019-file1-index-of-multiple-deprivation.csv'),
  domains: join(SHARED, 'statistics/imd2019-file2-domains-of-deprivation.csv'),
  population: join(SHARED, 'statistics/imd2019-file6-population-denominators.csv'),
  lsoaBoundaries: join(SHARED, 'boundaries/lsoa2011.geojson'),
  districtBoundaries: join(SHARED, 'boundaries/lad2013.geojson'),
};

/** True when every file the fixture reads is present. */
export const hasSharedData = Object.values(FILES).every((file) => existsSync(file));

export const SKIP_MESSAGE =
  `skipped: the real data is not at ${SHARED} (clone the shared data beside the repository as ../shared; ` +
  'the tests read it in place and never copy it)';

/** The LSOA whose published values the tests follow from the CSV to every output. */
export const KNOWN_LSOA = 'E01025610';

/**
 * A minimal RFC 4180 reader, written here so the tests do not trust the pipeline's own reader:
 * strips a byte-order mark, handles quoted fields ("1,928"), doubled quotes and CRLF.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A published CSV as records keyed by header name. */
export function readRecords(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  return rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** "1,928" -> 1928; anything that is not a plain published number fails loudly. */
export function publishedNumber(text: string): number {
  if (!/^\d{1,3}(,\d{3})*$|^\d+$/.test(text)) throw new Error(`"${text}" is not a published whole number`);
  return Number(text.replace(/,/g, ''));
}

/**
 * The IMD 2019 rank of one LSOA, read from File 1 by scanning for its line only (not through any
 * shared parser path), with the quoted thousands separator handled.
 */
export function publishedImdRank(code: string): { text: string; value: number } {
  const lines = readFileSync(FILES.imd, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = parseCsv(lines[0]!)[0]!;
  const line = lines.find((l) => l.startsWith(`${code},`));
  if (!line) throw new Error(`${code} is not in ${FILES.imd}`);
  const cells = parseCsv(line)[0]!;
  const text = cells[header.indexOf('Index of Multiple Deprivation (IMD) Rank')]!;
  return { text, value: publishedNumber(text) };
}

/** Runs a repository script on this same Node with ATLAS_ROOT set to the fixture. */
export async function runScript(args: string[]): Promise<string> {
  const child = spawn(process.execPath, args, {
    cwd: REPO,
    env: { ...process.env, ATLAS_ROOT: FIXTURE, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  const code = await new Promise<number | null>((ok, fail) => {
    child.on('error', fail);
    child.on('close', ok);
  });
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`);
  return output;
}

/**
 * Builds the fixture atlas into `outDir`: the geography recipes (into the fixture's gitignored
 * geography/build/), then the site. Returns how long each step took.
 */
export async function buildLeicestershire(outDir: string): Promise<{ geographyMs: number; buildMs: number }> {
  let started = Date.now();
  await runScript(['scripts/geography.ts']);
  const geographyMs = Date.now() - started;
  started = Date.now();
  await runScript(['scripts/build.ts', '--out', outDir]);
  return { geographyMs, buildMs: Date.now() - started };
}
