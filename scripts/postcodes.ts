/**
 * `npm run postcodes`: postcode data to counts per area, on the contributor's own machine, so
 * that record-level data never enters the repository (commit the counts and the report).
 *
 *   npm run postcodes -- INPUT.csv --level lsoa --out datasets/<id>/<name>.csv
 *       (--lookup FILE --area-column lsoa11 | --centroids FILE)
 *       [--count COLUMN]...        columns holding counts per postcode (default: one row per record)
 *       [--by COLUMN]...           columns kept as they are: period, breakdowns (counts per area and each)
 *       [--postcode-column C]      default: the input's first column named like "postcode", pcds, pcd or pcd2
 *       [--lookup-postcode-column C] [--terminated-column C]   defaults: pcds/pcd/pcd2/postcode, doterm
 *       [--latitude C --longitude C | --easting C --northing C]   defaults: lat/long, or oseast1m/osnrth1m
 *       [--terminated include|exclude]   terminated postcodes counted in their last area (default) or left out
 *       [--skip-lines N]           lines above the input's header
 *       [--unmatched FILE]         every unmatched or invalid postcode, for you (keep it out of the repository)
 *
 *     Writes the counts (area_code, area_name, the --by columns, the counts or `records`) and,
 *     beside them, <name>.report.json: how many rows and postcodes matched, were unmatched,
 *     terminated or invalid, and the totals. Neither lists a postcode.
 *
 *   npm run postcodes -- --dataset <id> [--unmatched FILE]
 *     Checks a dataset whose metadata converts postcodes at build time (`area.postcodes:`): the
 *     same report, and the unmatched postcodes, which the build never prints.
 *
 * Lookup and centroid paths are relative to the current folder; levels come from the atlas
 * (ATLAS_ROOT or the repository). Exits 1 when the input has problems.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { atlasRoot } from './atlas-root.ts';
import { convertPostcodeDataset } from '../src/pipeline/convert/convert-postcode-dataset.ts';
import { findColumn } from '../src/pipeline/convert/postcode-locator.ts';
import { postcodeLocator, type ReferenceSpec } from '../src/pipeline/convert/postcode-reference.ts';
import { formatPostcodeReport, formatUnmatchedPostcodes, type PostcodeReport, type UnmatchedPostcode } from '../src/pipeline/convert/postcode-report.ts';
import { AREA_COLUMN, postcodesToAreas } from '../src/pipeline/convert/postcodes-to-areas.ts';
import { toCsv } from '../src/pipeline/emit/csv.ts';
import { readLevelPolygons } from '../src/pipeline/geography/read-level-polygons.ts';
import { readLevels } from '../src/pipeline/geography/read-levels.ts';
import { readAtlasConfig } from '../src/pipeline/read/read-atlas-config.ts';
import { readCsvFile } from '../src/pipeline/read/read-csv-file.ts';
import { readCsvTable } from '../src/pipeline/read/read-csv-table.ts';
import { decodeText } from '../src/pipeline/read/decode-text.ts';
import { readDataset } from '../src/pipeline/read/read-dataset.ts';
import { AtlasInputError, formatProblem, type Problem } from '../src/pipeline/validate/atlas-error.ts';
import type { Level } from '../src/pipeline/types.ts';

const SHOWN = 30;
const repo = resolve(new URL('..', import.meta.url).pathname);

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dataset: { type: 'string' },
    level: { type: 'string' },
    out: { type: 'string' },
    lookup: { type: 'string' },
    centroids: { type: 'string' },
    'area-column': { type: 'string' },
    count: { type: 'string', multiple: true, default: [] },
    by: { type: 'string', multiple: true, default: [] },
    'postcode-column': { type: 'string' },
    'lookup-postcode-column': { type: 'string' },
    'terminated-column': { type: 'string' },
    latitude: { type: 'string' },
    longitude: { type: 'string' },
    easting: { type: 'string' },
    northing: { type: 'string' },
    terminated: { type: 'string', default: 'include' },
    'skip-lines': { type: 'string', default: '0' },
    unmatched: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`postcodes: ${message}`);
  process.exit(1);
}

function stopOn(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  problems.forEach((p) => console.error(formatProblem(p)));
  fail(`${problems.length} problem${problems.length === 1 ? '' : 's'} to fix; nothing was written.`);
}

/** The unmatched list goes to the terminal (the first few) and, when asked, to a file of the contributor's choosing. */
function showUnmatched(list: readonly UnmatchedPostcode[]): void {
  if (list.length === 0) return;
  console.log(`postcodes: not counted (for you only: never commit this list):`);
  formatUnmatchedPostcodes(list, SHOWN).forEach((line) => console.log(line));
  if (!args.unmatched) {
    if (list.length > SHOWN) console.log(`postcodes: --unmatched FILE writes all ${list.length} (to a file outside the repository).`);
    return;
  }
  const path = resolve(args.unmatched);
  writeFileSync(path, toCsv(['postcode', 'reason', 'rows', 'first_line'], list.map((u) => [u.postcode, u.reason, u.rows, u.line])));
  console.log(`postcodes: all ${list.length} written to ${path}`);
  if (!relative(repo, path).startsWith('..')) console.warn(`postcodes: warning: ${path} is inside the repository: delete it or move it out before you commit.`);
}

function printReport(report: PostcodeReport, level: Level): void {
  formatPostcodeReport(report, level.plural).forEach((line) => console.log(`postcodes: ${line}`));
}

async function checkDataset(root: string, id: string): Promise<void> {
  const config = readAtlasConfig(root);
  const levels = readLevels(root);
  const { dataset, problems } = readDataset(root, id, config.readOnlyDataDirs);
  stopOn(problems);
  if (!dataset!.metadata.area.postcodes) fail(`datasets/${id}/metadata.yaml has no \`area.postcodes:\`: its area column already holds area codes.`);
  const result = convertPostcodeDataset(root, dataset!, levels, config.readOnlyDataDirs);
  if (result.summary) {
    console.log(`postcodes: ${dataset!.dataFile} -> ${result.summary.level} (${result.summary.method}: ${result.summary.reference})`);
    printReport(result.summary, levels.find((l) => l.id === result.summary!.level)!);
  }
  showUnmatched(result.unmatched);
  stopOn(result.problems);
}

function convertFile(root: string, input: string): void {
  if (!args.level || !args.out) fail('give --level (the level to count into) and --out (the counts file to write).');
  if ((args.lookup === undefined) === (args.centroids === undefined)) fail('give either --lookup FILE (with --area-column) or --centroids FILE.');
  if (args.lookup && !args['area-column']) fail('--lookup needs --area-column: the lookup column holding codes of the level (e.g. lsoa11, lsoa21, osward, laua).');
  if (args.terminated !== 'include' && args.terminated !== 'exclude') fail('--terminated is include or exclude.');
  const levels = readLevels(root);
  const level = levels.find((l) => l.id === args.level) ?? fail(`there is no level "${args.level}"; the atlas has ${levels.map((l) => l.id).join(', ')}.`);
  const inputPath = resolve(input);
  const outPath = resolve(args.out);
  if (outPath === inputPath) fail('--out must not be the input file.');
  if (!relative(repo, inputPath).startsWith('..')) {
    console.warn(`postcodes: warning: ${input} is inside the repository. Record-level data must never be committed: keep it outside, and commit only the counts and the report.`);
  }

  if (!existsSync(inputPath)) fail(`${input} does not exist.`);
  const { text, problem } = decodeText(readFileSync(inputPath), basename(input));
  stopOn(problem ? [problem] : []);
  const { table, problems: inputProblems } = readCsvTable(text!, basename(input), { skipLines: Number(args['skip-lines']), footerLines: 0 });
  stopOn(inputProblems);
  const postcodeColumn = args['postcode-column'] ?? table!.header.find((h) => /postcode/i.test(h)) ?? findColumn(table!.header, ['pcds', 'pcd', 'pcd2']);
  if (!postcodeColumn) fail(`no column of ${input} looks like a postcode column: name it with --postcode-column (the columns are ${table!.header.join(', ')}).`);

  const referencePath = resolve((args.lookup ?? args.centroids)!);
  const { table: reference, problems: referenceProblems } = readCsvFile(referencePath, basename(referencePath));
  stopOn(referenceProblems);
  const spec: ReferenceSpec = args.lookup
    ? { method: 'lookup', postcodeColumn: args['lookup-postcode-column'], areaColumn: args['area-column']!, terminatedColumn: args['terminated-column'] }
    : { method: 'centroids', postcodeColumn: args['lookup-postcode-column'], latitude: args.latitude, longitude: args.longitude, easting: args.easting, northing: args.northing, terminatedColumn: args['terminated-column'] };
  const started = performance.now();
  const { locate, problems: locatorProblems } = postcodeLocator(spec, reference!, { codes: new Set(level.areas.map((a) => a.code)), polygons: () => readLevelPolygons(level) });
  stopOn(locatorProblems);
  const conversion = postcodesToAreas(table!, { postcodeColumn, keyColumns: args.by, countColumns: args.count, countRecords: args.count.length === 0, terminated: args.terminated as 'include' | 'exclude' }, locate);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`postcodes: ${basename(input)} -> ${level.id} (${spec.method}: ${basename(referencePath)}) in ${seconds} s`);
  printReport(conversion.report, level);
  showUnmatched(conversion.unmatched);
  stopOn(conversion.problems);

  const names = new Map(level.areas.map((a) => [a.code, a.name]));
  const [, ...rest] = conversion.table!.header;
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, toCsv([AREA_COLUMN, 'area_name', ...rest], conversion.table!.rows.map(({ cells: [code, ...values] }) => [code, names.get(code!) ?? '', ...values])));
  const reportPath = outPath.replace(/\.csv$/i, '') + '.report.json';
  const report = { input: basename(input), level: level.id, method: spec.method, reference: basename(referencePath), ...conversion.report };
  writeFileSync(reportPath, JSON.stringify(report, null, 2) + '\n');
  console.log(`postcodes: wrote ${relative(process.cwd(), outPath) || outPath} (${conversion.table!.rows.length} rows) and ${relative(process.cwd(), reportPath) || reportPath}`);
  console.log(`postcodes: describe it in metadata.yaml with \`area: { column: ${AREA_COLUMN}, level: ${level.id} }\`${rest.length > 0 ? ` and the columns ${rest.join(', ')}` : ''}.`);
}

try {
  const root = atlasRoot();
  if (args.dataset) await checkDataset(root, args.dataset);
  else if (positionals.length === 1) convertFile(root, positionals[0]!);
  else fail('give the postcode file to convert (see the top of scripts/postcodes.ts for the options), or --dataset <id> to check a dataset that converts postcodes at build time.');
} catch (error) {
  if (!(error instanceof AtlasInputError)) throw error;
  stopOn(error.problems);
}
