/**
 * Inputs for property tests of the validator (fast-check arbitraries): dataset metadata that
 * starts valid and is then edited at random (a value replaced by anything at all, a field left
 * out, an unknown field added), and data files that are CSV-like text in several encodings or
 * plain random bytes.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';

/** A valid dataset that the mutations below start from, so most runs get past the schema. */
export const template = {
  title: 'Fuzz',
  publisher: 'Fuzz Council',
  contact: { name: 'Fuzz team', email: 'fuzz@example.org' },
  licence: 'Open Government Licence v3.0',
  attribution: 'Fuzz Council',
  release_date: '2024-06-01',
  file: 'data.csv',
  skip_lines: 0,
  footer_lines: 0,
  format: 'wide',
  area: { column: 'Area code' },
  period: { column: 'Year' },
  indicators: [
    { id: 'fuzz-count', column: 'Value', title: 'Fuzz count', measure: 'count', polarity: 'neither' },
    { id: 'fuzz-share', title: 'Fuzz share', measure: 'percentage', polarity: 'neither', decimals: 1, numerator: 'Part', denominator: 'Value', classification: { method: 'custom', breaks: [10, 50] } },
  ],
};

/** Words the schema and the pipeline give meaning to, and words that have tripped parsers before. */
const words = fc.constantFrom(
  ...['count', 'percentage', 'rate', 'rank', 'decile', 'custom', 'quantiles', 'wide', 'long', 'public', 'protected', 'report', 'error', 'neither'],
  ...['Area code', 'Year', 'Value', 'Part', 'Indicator', 'small', 'district', 'ward', 'T001', '2023', '', ' ', '-1', '1e9', '2024-02-30', '01/06/2024'],
  ...['data.csv', 'sub', '.', '..', '/', '../people/people.csv', 'sub/../data.csv', 'DATA.CSV', 'constructor', '__proto__', 'toString', 'a\u0000b'],
);
const keys = fc.oneof(fc.constantFrom(...Object.keys(template), 'column', 'value', 'level', 'unmatched', 'match', 'per', 'breaks', 'id', 'measure', 'decimals', 'indicator_column', 'value_column', 'disclosure', 'threshold', '__proto__', 'constructor'), fc.string({ maxLength: 8 }));
const scalar = fc.oneof(
  words,
  fc.string({ maxLength: 10 }),
  fc.integer({ min: -5, max: 100 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2100-01-01') }),
);
const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(keys, tie('value'), { maxKeys: 3 })),
})).value;

/** Every place in a value where an edit can land: [] is the whole value, ['indicators', 0, 'id'] one field. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const children = Array.isArray(value) ? value.map((item, i) => pathsOf(item, [...prefix, i])) : value !== null && typeof value === 'object' ? Object.entries(value).map(([key, v]) => pathsOf(v, [...prefix, key])) : [];
  return [prefix, ...children.flat()];
}
const templatePaths = pathsOf(template);

type Edit = { path: (string | number)[]; kind: 'replace' | 'remove' | 'add-key'; key: string; value: unknown };
const anyEdit = fc.record({
  path: fc.constantFrom(...templatePaths),
  kind: fc.constantFrom('replace', 'replace', 'remove', 'add-key'),
  key: keys,
  value: fc.oneof(words, anyValue),
}) as fc.Arbitrary<Edit>;
/** Paths are where a mistake could reach outside the atlas, so `file:` gets edits of its own. */
const fileEdit = fc
  .constantFrom('sub', 'sub/', '.', '..', '/', '', 'missing.csv', 'DATA.CSV', '../people/people.csv', 'sub/../data.csv', '../../atlas.config.yaml', '/etc/hostname', 'a\u0000b', 'metadata.yaml')
  .map((value): Edit => ({ path: ['file'], kind: 'replace', key: '', value }));
const edit = fc.oneof({ weight: 5, arbitrary: anyEdit }, { weight: 1, arbitrary: fileEdit });

/** Applies one edit to a deep copy: a value replaced by anything at all, a field left out, or an unknown field added. */
function applyEdit(data: unknown, { path, kind, key, value }: Edit): unknown {
  if (path.length === 0) return kind === 'replace' ? value : data;
  if (data === null || typeof data !== 'object') return data;
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) {
    const next = parent[step];
    if (next === null || typeof next !== 'object') return copy;
    parent = next as Record<string | number, unknown>;
  }
  const last = path.at(-1)!;
  const target = parent[last];
  if (kind === 'replace') {
    parent[last] = value;
  } else if (kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
    (target as Record<string, unknown>)[key] = value;
  }
  return copy;
}

/** The template after zero to three edits: mostly still close enough to valid to reach the data file. */
const mutatedTemplate = fc.array(edit, { maxLength: 3 }).map((edits) => edits.reduce<unknown>(applyEdit, template));

/** metadata.yaml text: mostly a mutated template, sometimes anything serialised, sometimes not YAML at all. */
export const metadataText = fc.oneof(
  { weight: 8, arbitrary: mutatedTemplate.map((data) => stringify(data)) },
  { weight: 1, arbitrary: anyValue.map((data) => stringify(data)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60, unit: 'binary' }) },
);

const cells = fc.constantFrom(
  ...['T001', 'T002', 'T003', 'T008', 'D01', 'E01000001', '', ' ', '2023', '2022/23', '2022-23', '..', 'x', '-', '*', 'c', 'u', 'n/a', 'z'],
  ...['0', '12', '-5', '7.25', '1,234', '"1,234"', '1.2e3', '1e400', '12.5%', 'NaN', 'Infinity', 'constructor', '__proto__'],
  ...['"', '""', '"a,b"', '"line\nbreak"', 'é', '\u0000', '\t', 'Area code', 'Year', 'Value', 'Part'],
);
const numbers = fc.oneof(fc.constantFrom('0', '3', '12', '-5', '7.25', '"1,234"', '1.2e3', '12.5%', '..', 'x', '*', ''), cells);
/** A row in the template's shape (area, period, value, part), so runs get past reading into the checks on values. */
const rowLikeTemplate = fc.tuple(fc.constantFrom('T001', 'T002', 'T003', 'T004', 'T005', 'T006', 'T007', 'T008', 'D01', 'D02'), fc.constantFrom('2023', '2022', ''), numbers, numbers);

/** Text shaped like a CSV (a plausible header, rows of plausible and implausible cells), in several encodings. */
const csvLike = fc
  .record({
    header: fc.oneof(fc.constant(['Area code', 'Year', 'Value', 'Part']), fc.array(cells, { maxLength: 5 })),
    rows: fc.array(fc.oneof({ weight: 2, arbitrary: rowLikeTemplate }, { weight: 1, arbitrary: fc.array(cells, { maxLength: 5 }) }), { maxLength: 10 }),
    separator: fc.constantFrom(',', ',', ',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    encoding: fc.constantFrom('utf8', 'utf8', 'utf8', 'utf8-bom', 'utf16le', 'utf16le-bom', 'latin1'),
  })
  .map(({ header, rows, separator, newline, encoding }) => {
    const text = [header, ...rows].map((row) => row.join(separator)).join(newline) + newline;
    if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    if (encoding === 'utf16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    return Buffer.from(text, encoding as BufferEncoding);
  });
export const dataBytes = fc.oneof({ weight: 3, arbitrary: csvLike }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) });

