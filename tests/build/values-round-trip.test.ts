/**
 * Values round-trip from the publisher's CSV to the page and the downloads unchanged: random wide
 * datasets for the mini fixture's eight small areas, their numbers written the ways publishers
 * write them (quoted thousands separators, scientific notation, a trailing %, a leading +,
 * padding spaces) between status markers, are built once by the real build command. Then every
 * cell must appear in the indicator CSV, the indicator page's table, the map values and the area
 * CSV as the input rounded to the declared decimals (half away from zero, as a spreadsheet's
 * ROUND does), and every marker as its status.
 *
 * The expected values are worked out here on decimal strings, not with the pipeline's own
 * rounding and formatting, so the test can disagree with it. Seeded: the seed is printed, and
 * FC_SEED=<n> builds other datasets.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from '../helpers/fixture-atlas.ts';

const seed = Number(process.env.FC_SEED ?? 20240601);
const AREAS = ['T001', 'T002', 'T003', 'T004', 'T005', 'T006', 'T007', 'T008'];
const PERIODS = ['2022', '2023'];

/** Publishers' markers and what each must become: the CSV status code, the table label, the map status. */
const MARKERS: Record<string, { code: string; label: string; status: string }> = {
  '': { code: 'missing', label: 'Missing', status: 'missing' },
  '..': { code: 'x', label: 'Not available', status: 'not-available' },
  x: { code: 'x', label: 'Not available', status: 'not-available' },
  '[x]': { code: 'x', label: 'Not available', status: 'not-available' },
  '-': { code: 'nil', label: 'Nil or negligible', status: 'nil' },
  '*': { code: 'c', label: 'Suppressed', status: 'suppressed' },
  c: { code: 'c', label: 'Suppressed', status: 'suppressed' },
  '[c]': { code: 'c', label: 'Suppressed', status: 'suppressed' },
  u: { code: 'u', label: 'Low reliability', status: 'low-reliability' },
  'n/a': { code: 'z', label: 'Not applicable', status: 'not-applicable' },
  z: { code: 'z', label: 'Not applicable', status: 'not-applicable' },
};

type Measure = 'count' | 'percentage' | 'rate' | 'mean' | 'score' | 'ratio';
interface Cell {
  /** As written in the file (before CSV quoting). */
  text: string;
  /** The exact number as a decimal: digits / 10^scale, with its sign; absent for a marker. */
  number?: { negative: boolean; digits: bigint; scale: number };
}
interface IndicatorSpec {
  id: string;
  column: string;
  measure: Measure;
  decimals: number;
  unit?: string;
  cells: Cell[][]; // [period][area]
}
interface DatasetSpec {
  id: string;
  crlf: boolean;
  bom: boolean;
  indicators: IndicatorSpec[];
}

const numberStyle = fc.constantFrom('plain', 'plain', 'grouped', 'scientific', 'padded', 'signed');
/**
 * A number as exact digits and a scale; counts are whole and not negative, percentages 0 to 100.
 * One in four is a tie at the declared decimals (12.345 to 2 places) or a small number near zero,
 * where rounding conventions and floating point differ.
 */
function numberCell(measure: Measure, decimals: number): fc.Arbitrary<Cell> {
  const signed = measure === 'mean' || measure === 'score';
  const max = measure === 'percentage' ? 99 : 10_000_000;
  const whole = fc.oneof(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 9 }));
  const anyNumber = fc.record({ whole, scale: measure === 'count' ? fc.constant(0) : fc.integer({ min: 0, max: 5 }), fraction: fc.integer({ min: 0, max: 99_999 }) }).map(({ whole, scale, fraction }) => ({
    whole,
    scale,
    fractionDigits: String(fraction).padStart(5, '0').slice(0, scale),
  }));
  const tie = fc.record({ whole, kept: fc.integer({ min: 0, max: 10 ** decimals - 1 }), zeros: fc.integer({ min: 0, max: 1 }) }).map(({ whole, kept, zeros }) => ({
    whole,
    scale: decimals + 1 + zeros,
    fractionDigits: `${decimals > 0 ? String(kept).padStart(decimals, '0') : ''}5${'0'.repeat(zeros)}`,
  }));
  const nearZero = fc.integer({ min: 1, max: 9 }).map((digit) => ({ whole: 0, scale: decimals + 1, fractionDigits: `${'0'.repeat(decimals)}${digit}` }));
  const shape = measure === 'count' ? anyNumber : fc.oneof({ weight: 6, arbitrary: anyNumber }, { weight: 1, arbitrary: tie }, { weight: 1, arbitrary: nearZero });
  return fc.record({ shape, negative: fc.boolean(), style: numberStyle, percent: fc.boolean() }).map(({ shape, negative, style, percent }) => {
    const digits = BigInt(`${shape.whole}${shape.fractionDigits}`);
    const number = { negative: signed && negative && digits !== 0n, digits, scale: shape.scale };
    const suffix = measure === 'percentage' && percent ? '%' : '';
    return { text: writeNumber(number, style) + suffix, number };
  });
}

/** Writes an exact decimal the way a publisher might. */
function writeNumber({ negative, digits, scale }: NonNullable<Cell['number']>, style: string): string {
  const sign = negative ? '-' : '';
  const all = digits.toString().padStart(scale + 1, '0');
  const whole = all.slice(0, all.length - scale);
  const fraction = all.slice(all.length - scale);
  const point = fraction ? `.${fraction}` : '';
  switch (style) {
    case 'grouped':
      return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${point}`;
    case 'scientific': {
      const significant = digits.toString();
      const exponent = significant.length - 1 - scale;
      return `${sign}${significant[0]}${significant.length > 1 ? `.${significant.slice(1)}` : ''}e${exponent}`;
    }
    case 'padded':
      return ` ${sign}${whole}${point} `;
    case 'signed':
      return `${sign || '+'}${whole}${point}`;
    default:
      return `${sign}${whole}${point}`;
  }
}

const markerCell: fc.Arbitrary<Cell> = fc.constantFrom(...Object.keys(MARKERS)).map((text) => ({ text }));

const indicatorSpec = (datasetIndex: number, indicatorIndex: number) =>
  fc.tuple(fc.constantFrom<Measure>('count', 'percentage', 'rate', 'mean', 'score', 'ratio'), fc.integer({ min: 0, max: 3 })).chain(([measure, decimals]) =>
    fc.record({
      id: fc.constant(`round-trip-${datasetIndex + 1}-${indicatorIndex + 1}`),
      column: fc.constant(`Indicator ${indicatorIndex + 1}, ${measure}`),
      measure: fc.constant(measure),
      decimals: fc.constant(decimals),
      unit: fc.option(fc.constantFrom('people', 'weeks', 'points'), { nil: undefined }),
      cells: fc.array(fc.array(fc.oneof({ weight: 5, arbitrary: numberCell(measure, decimals) }, { weight: 1, arbitrary: markerCell }), { minLength: AREAS.length, maxLength: AREAS.length }), {
        minLength: PERIODS.length,
        maxLength: PERIODS.length,
      }),
    }),
  );

const datasetSpec = (datasetIndex: number): fc.Arbitrary<DatasetSpec> =>
  fc.record({
    id: fc.constant(`round-trip-${datasetIndex + 1}`),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    indicators: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, j) => indicatorSpec(datasetIndex, j)))),
  });

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function datasetFiles(spec: DatasetSpec): { metadata: string; csv: string } {
  const newline = spec.crlf ? '\r\n' : '\n';
  const header = ['Area code', 'Year', ...spec.indicators.map((i) => i.column)];
  const rows = PERIODS.flatMap((period, p) => AREAS.map((area, a) => [area, period, ...spec.indicators.map((i) => i.cells[p]![a]!.text)]));
  const csv = (spec.bom ? '\uFEFF' : '') + [header, ...rows].map((row) => row.map(csvField).join(',')).join(newline) + newline;
  const metadata = [
    `title: Round trip ${spec.id}`,
    'publisher: Property tests',
    'contact: { name: Tests }',
    'licence: Open Government Licence v3.0',
    'attribution: Generated test data',
    'release_date: 2024-06-01',
    'disclosure: { threshold: 0 }',
    'file: data.csv',
    'area: { column: Area code, level: small }',
    'period: { column: Year }',
    'indicators:',
    ...spec.indicators.flatMap((i) => [
      `  - id: ${i.id}`,
      `    column: "${i.column}"`,
      `    title: Round trip ${i.id}`,
      `    measure: ${i.measure}`,
      ...(i.measure === 'rate' ? ['    per: 1000'] : []),
      ...(i.unit ? [`    unit: ${i.unit}`] : []),
      '    polarity: neither',
      `    decimals: ${i.decimals}`,
    ]),
  ].join('\n');
  return { metadata: metadata + '\n', csv };
}

/** The exact decimal rounded half away from zero to `decimals` places, as a plain decimal string ("-0" never). */
function roundedText({ negative, digits, scale }: NonNullable<Cell['number']>, decimals: number): string {
  let kept = digits;
  if (scale > decimals) {
    const divisor = 10n ** BigInt(scale - decimals);
    kept = digits / divisor;
    if ((digits % divisor) * 2n >= divisor) kept += 1n;
  } else {
    kept = digits * 10n ** BigInt(decimals - scale);
  }
  const all = kept.toString().padStart(decimals + 1, '0');
  const whole = all.slice(0, all.length - decimals);
  const fraction = all.slice(all.length - decimals);
  return `${negative && kept !== 0n ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** How the page shows it: thousands grouped, fixed decimals, the measure's unit. */
function displayed(rounded: string, indicator: IndicatorSpec): string {
  const [whole, fraction] = rounded.replace('-', '').split('.');
  const number = `${rounded.startsWith('-') ? '-' : ''}${whole!.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
  if (indicator.measure === 'percentage') return `${number}%`;
  if (indicator.measure === 'rate') return `${number} per 1,000`;
  return indicator.unit ? `${number} ${indicator.unit}` : number;
}

let site: string;
let specs: DatasetSpec[];
let dataRoot: string;

beforeAll(async () => {
  specs = fc.sample(
    fc.tuple(...[0, 1, 2, 3, 4].map(datasetSpec)),
    { seed, numRuns: 1 },
  )[0]!;
  dataRoot = await copyFixture('mini');
  for (const spec of specs) {
    const { metadata, csv } = datasetFiles(spec);
    mkdirSync(join(dataRoot, 'datasets', spec.id), { recursive: true });
    writeFileSync(join(dataRoot, 'datasets', spec.id, 'metadata.yaml'), metadata);
    writeFileSync(join(dataRoot, 'datasets', spec.id, 'data.csv'), csv);
  }
  console.info(`values round trip: fast-check seed ${seed} (FC_SEED=${seed} to reproduce), ${specs.reduce((n, s) => n + s.indicators.length, 0)} indicators; the atlas is in ${dataRoot}`);
  site = join(mkdtempSync(join(tmpdir(), 'statlas-round-trip-')), 'dist');
  const result = buildSite(dataRoot, site);
  expect(result.status, result.stderr).toBe(0);
});

function readRows(path: string): Record<string, string>[] {
  return parse(readFileSync(join(site, path), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
}

/** The indicator page's table: code -> [data-sort, what the cell shows]. */
function tableCells(path: string): Map<string, { sort: string | undefined; shown: string }> {
  const html = readFileSync(join(site, path), 'utf8');
  const cells = new Map<string, { sort: string | undefined; shown: string }>();
  for (const match of html.matchAll(/<td>(T\d{3})<\/td><td class="num" data-sort(?:="([^"]*)")?>(.*?)<\/td>/g)) {
    cells.set(match[1]!, { sort: match[2], shown: match[3]!.replace(/<span class="status">(.*)<\/span>/, '[$1]') });
  }
  return cells;
}

describe('values round-trip from the publisher\'s CSV to the page and the downloads', () => {
  it('every number as the input rounded to its decimals, every marker as its status', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const spec of specs) {
      for (const indicator of spec.indicators) {
        PERIODS.forEach((period, p) => {
          const csv = new Map(readRows(`indicators/${indicator.id}/small/${period}.csv`).map((row) => [row.area_code!, row]));
          const table = tableCells(`indicators/${indicator.id}/small/${period}/index.html`);
          const map = (JSON.parse(readFileSync(join(site, `indicators/${indicator.id}/small/${period}.json`), 'utf8')) as { areas: Record<string, [number | null, string, string, number | null]> }).areas;
          const isLatest = p === PERIODS.length - 1;
          AREAS.forEach((area, a) => {
            const cell = indicator.cells[p]![a]!;
            const where = `${spec.id}/data.csv ${indicator.id} ${area} ${period}: input ${JSON.stringify(cell.text)} (decimals ${indicator.decimals})`;
            const csvRow = csv.get(area);
            const tableCell = table.get(area);
            const mapCell = map[area];
            const areaRow = isLatest ? readRows(`areas/small/${area}.csv`).find((row) => row.indicator === indicator.id && row.period === period) : undefined;
            checked++;
            if (cell.number) {
              const rounded = roundedText(cell.number, indicator.decimals);
              const shown = displayed(rounded, indicator);
              const same = (text: string | undefined) => text !== undefined && text !== '' && Number(text) === Number(rounded) && !/e/i.test(text);
              if (!same(csvRow?.value) || csvRow?.status !== '') mismatches.push(`${where}: expected ${rounded}, the indicator CSV has ${JSON.stringify(csvRow?.value)} status ${JSON.stringify(csvRow?.status)}`);
              if (tableCell?.shown !== shown || !same(tableCell?.sort)) mismatches.push(`${where}: expected ${JSON.stringify(shown)}, the page's table shows ${JSON.stringify(tableCell?.shown)} (data-sort ${JSON.stringify(tableCell?.sort)})`);
              if (mapCell?.[1] !== 'value' || mapCell?.[2] !== shown) mismatches.push(`${where}: expected ${JSON.stringify(shown)}, the map values have ${JSON.stringify(mapCell)}`);
              if (isLatest && (!same(areaRow?.value) || areaRow?.status !== '')) mismatches.push(`${where}: expected ${rounded}, the area CSV has ${JSON.stringify(areaRow?.value)} status ${JSON.stringify(areaRow?.status)}`);
            } else {
              const marker = MARKERS[cell.text]!;
              if (csvRow?.value !== '' || csvRow?.status !== marker.code) mismatches.push(`${where}: expected status ${marker.code}, the indicator CSV has ${JSON.stringify(csvRow?.value)} status ${JSON.stringify(csvRow?.status)}`);
              if (tableCell?.shown !== `[${marker.label}]`) mismatches.push(`${where}: expected [${marker.label}], the page's table shows ${JSON.stringify(tableCell?.shown)}`);
              if (mapCell?.[1] !== marker.status) mismatches.push(`${where}: expected status ${marker.status}, the map values have ${JSON.stringify(mapCell)}`);
              if (isLatest && (areaRow?.value !== '' || areaRow?.status !== marker.code)) mismatches.push(`${where}: expected status ${marker.code}, the area CSV has ${JSON.stringify(areaRow?.value)} status ${JSON.stringify(areaRow?.status)}`);
            }
          });
        });
      }
    }
    expect(checked).toBeGreaterThanOrEqual(specs.length * PERIODS.length * AREAS.length);
    expect(mismatches, `${mismatches.length} of ${checked} cells did not round-trip (seed ${seed}):\n${mismatches.join('\n')}`).toEqual([]);
  });

  it('works the expected values out independently: half away from zero, never -0', () => {
    expect(roundedText({ negative: false, digits: 1005n, scale: 3 }, 2)).toBe('1.01');
    expect(roundedText({ negative: true, digits: 25n, scale: 1 }, 0)).toBe('-3');
    expect(roundedText({ negative: true, digits: 4n, scale: 3 }, 2)).toBe('0.00');
    expect(roundedText({ negative: false, digits: 12n, scale: 0 }, 2)).toBe('12.00');
    expect(writeNumber({ negative: false, digits: 123456n, scale: 2 }, 'grouped')).toBe('1,234.56');
    expect(writeNumber({ negative: false, digits: 123456n, scale: 2 }, 'scientific')).toBe('1.23456e3');
    expect(writeNumber({ negative: true, digits: 5n, scale: 3 }, 'scientific')).toBe('-5e-3');
  });
});
