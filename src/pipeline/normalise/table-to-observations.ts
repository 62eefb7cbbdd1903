/**
 * Turns a publisher's table into observations: one per indicator, area and period, whatever the
 * file's shape (wide: one column per indicator; long: an indicator column and a value column).
 * Every cell is checked here, so later stages can trust numbers and statuses.
 */
import type { DatasetSource } from '../read/read-dataset.ts';
import type { Area, IndicatorMeta, Observation } from '../types.ts';
import type { Problem } from '../validate/atlas-error.ts';
import type { IndicatorMetadata } from '../validate/metadata-schema.ts';
import { parseCell } from './parse-cell.ts';
import { periodKey } from '../emit/period-key.ts';

/** Rows left out because their code is in no level (only when the metadata says `unmatched: report`). */
export interface UnmatchedRows {
  count: number;
  examples: { line: number; code: string }[];
}

export interface NormalisedIndicator {
  meta: IndicatorMeta;
  /** Observations by level id, in file order. */
  byLevel: Map<string, Observation[]>;
}

type Role = 'value' | 'numerator' | 'denominator' | 'lower' | 'upper';

export function tableToObservations(
  source: DatasetSource,
  codeIndex: ReadonlyMap<string, Area>,
): { indicators: NormalisedIndicator[]; unmatched: UnmatchedRows; problems: Problem[] } {
  const unmatched: UnmatchedRows = { count: 0, examples: [] };
  const { metadata, table, yaml, metadataFile } = source;
  const problems: Problem[] = [];
  const columnIndex = (name: string, path: PropertyKey[]): number => {
    const index = table.header.indexOf(name);
    if (index < 0) {
      problems.push({
        file: metadataFile,
        line: yaml.lineOf(path),
        message: `column "${name}" is not in ${source.dataFile}`,
        fix: `Use a column name exactly as in the file's header (line ${table.headerLine}): ${table.header.map((h) => `"${h}"`).join(', ')}.`,
      });
    }
    return index;
  };

  const areaColumn = columnIndex(metadata.area.column, ['area', 'column']);
  const periodColumn = 'column' in metadata.period ? columnIndex(metadata.period.column, ['period', 'column']) : -1;
  const fixedPeriod = 'value' in metadata.period ? metadata.period.value : null;
  const isLong = metadata.format === 'long';
  if (isLong && (!metadata.indicator_column || !metadata.value_column)) {
    problems.push({ file: metadataFile, line: yaml.lineOf(['format']), message: 'a long file needs `indicator_column:` and `value_column:`', fix: 'Name the column that holds indicator names and the one that holds values.' });
    return { indicators: [], unmatched, problems };
  }
  const indicatorColumn = isLong ? columnIndex(metadata.indicator_column!, ['indicator_column']) : -1;
  const valueColumn = isLong ? columnIndex(metadata.value_column!, ['value_column']) : -1;

  const indicators = metadata.indicators.map((indicator, i) => {
    const path = ['indicators', i];
    if (!isLong && !indicator.column && !(indicator.numerator && indicator.denominator)) {
      problems.push({ file: metadataFile, line: yaml.lineOf(path), message: `indicator "${indicator.id}" names no \`column:\``, fix: 'Name the column holding its values, or give `numerator:` and `denominator:` to compute it.' });
    }
    if (isLong && !indicator.match) {
      problems.push({ file: metadataFile, line: yaml.lineOf(path), message: `indicator "${indicator.id}" in a long file needs \`match:\``, fix: `Give the text in the "${metadata.indicator_column}" column that selects its rows.` });
    }
    if (indicator.measure === 'rate' && indicator.per === undefined) {
      problems.push({ file: metadataFile, line: yaml.lineOf(path), message: `indicator "${indicator.id}" is a rate but has no \`per:\``, fix: 'Add `per: 1000` (or 100000, ...) to say what the rate is per.' });
    }
    const columns: Partial<Record<Role, number>> = {};
    if (!isLong && indicator.column) columns.value = columnIndex(indicator.column, [...path, 'column']);
    if (isLong) columns.value = valueColumn;
    for (const role of ['numerator', 'denominator', 'lower', 'upper'] as const) {
      const name = indicator[role];
      if (name) columns[role] = columnIndex(name, [...path, role]);
    }
    return { indicator, columns, variants: new Map<string, Variant>() };
  });
  // Breakdown dimensions (sex, age band): the rows whose every breakdown holds its `total` value
  // are the indicator itself; every other combination is kept as a variant of it.
  const breakdowns = (metadata.breakdowns ?? []).map((b, i) => ({ ...b, index: columnIndex(b.column, ['breakdowns', i, 'column']) }));
  metadata.indicators.forEach((indicator, i) => {
    const first = metadata.indicators.findIndex((other) => other.id === indicator.id);
    if (first < i) {
      problems.push({ file: metadataFile, line: yaml.lineOf(['indicators', i, 'id']), message: `indicator id "${indicator.id}" is already used on line ${yaml.lineOf(['indicators', first, 'id'])}`, fix: 'Give each indicator its own id.' });
    }
  });
  if (problems.length > 0) return { indicators: [], unmatched, problems };

  const pinnedLevel = metadata.area.level;
  // Periods become URL segments ("2022/23" -> "2022-23"): two spellings must not share one.
  const periodsByKey = new Map<string, { period: string; line: number }>();
  for (const row of table.rows) {
    const cell = (index: number) => row.cells[index] ?? '';
    const code = cell(areaColumn).trim();
    const area = codeIndex.get(code);
    if (!area && code !== '' && metadata.area.unmatched === 'report') {
      unmatched.count++;
      if (unmatched.examples.length < 20) unmatched.examples.push({ line: row.line, code });
      continue;
    }
    if (!area) {
      problems.push({
        file: source.dataFile,
        line: row.line,
        message: code === '' ? 'the area code is blank' : `unknown area code "${code}"`,
        fix:
          code === ''
            ? 'Every row needs an area code.'
            : 'Check the code against the geography (codes of different vintages, e.g. 2011 and 2021, are different levels). If the file also covers areas outside the atlas, add `unmatched: report` under `area:` in metadata.yaml.',
      });
      continue;
    }
    if (pinnedLevel && area.level !== pinnedLevel) {
      problems.push({ file: source.dataFile, line: row.line, message: `area code "${code}" is a ${area.level} code but the metadata says every row is ${pinnedLevel}`, fix: 'Remove the row or the `level:` under `area:` in metadata.yaml.' });
      continue;
    }
    const period = fixedPeriod ?? cell(periodColumn).trim();
    const key = periodKey(period);
    const sameAddress = periodsByKey.get(key);
    if (period !== '' && sameAddress && sameAddress.period !== period) {
      problems.push({ file: source.dataFile, line: row.line, message: `the period "${period}" would share its page address with "${sameAddress.period}" (line ${sameAddress.line})`, fix: 'Write each period the same way throughout the file.' });
      continue;
    }
    if (period !== '' && !sameAddress) periodsByKey.set(key, { period, line: row.line });
    if (period === '') {
      problems.push({ file: source.dataFile, line: row.line, message: 'the period is blank', fix: `Fill in the "${metadata.period && 'column' in metadata.period ? metadata.period.column : ''}" column.` });
      continue;
    }
    const indicatorText = isLong ? cell(indicatorColumn).trim() : null;
    const breakdownValues = breakdowns.map((b) => cell(b.index).trim());
    const isTotal = breakdowns.every((b, i) => breakdownValues[i] === b.total);
    const variantKey = isTotal ? '' : breakdowns.map((b, i) => `${b.column}: ${breakdownValues[i]}`).join(', ');
    for (const entry of indicators) {
      if (isLong && entry.indicator.match !== indicatorText) continue;
      const observation = readObservation(entry.indicator, entry.columns, cell, source.dataFile, row.line, table.header, problems);
      if (!observation) continue;
      let variant = entry.variants.get(variantKey);
      if (!variant) entry.variants.set(variantKey, (variant = { values: breakdownValues, byLevel: new Map(), seen: new Map() }));
      const key = `${code}\u0000${period}`;
      const earlier = variant.seen.get(key);
      if (earlier !== undefined) {
        const what = [isLong ? `"${indicatorText}"` : '', variantKey].filter(Boolean).join(', ');
        problems.push({ file: source.dataFile, line: row.line, message: `duplicate row: ${code} for ${period}${what ? ` (${what})` : ''} already appears on line ${earlier}`, fix: 'Remove one of the rows, or if they differ by a breakdown (sex, age), add the breakdown to the metadata (`breakdowns:`).' });
        continue;
      }
      variant.seen.set(key, row.line);
      const list = variant.byLevel.get(area.level) ?? [];
      list.push({ code, period, ...observation, source: { line: row.line } });
      variant.byLevel.set(area.level, list);
    }
  }
  if (isLong && problems.length === 0) {
    const texts = [...new Set(table.rows.map((row) => (row.cells[indicatorColumn] ?? '').trim()))];
    indicators.forEach(({ indicator, variants }, i) => {
      if (variants.size > 0) return;
      problems.push({
        file: metadataFile,
        line: yaml.lineOf(['indicators', i, 'match']),
        message: `indicator "${indicator.id}" has \`match: ${indicator.match}\`, but no row of the "${metadata.indicator_column}" column says that`,
        fix: `Use the text exactly as it appears in the "${metadata.indicator_column}" column: ${texts.slice(0, 10).map((t) => `"${t}"`).join(', ')}.`,
      });
    });
  }
  const normalised: NormalisedIndicator[] = [];
  for (const { indicator, columns, variants } of indicators) {
    const meta = indicatorMeta(indicator, source.id, columns);
    if (breakdowns.length > 0 && variants.size > 0 && !variants.has('')) {
      problems.push({
        file: metadataFile,
        line: yaml.lineOf(['breakdowns']),
        message: `indicator "${indicator.id}" has no rows where ${breakdowns.map((b) => `"${b.column}" is "${b.total}"`).join(' and ')}`,
        fix: 'Set each breakdown\'s `total:` to the value the file uses for everyone (e.g. "Persons", "All ages").',
      });
      continue;
    }
    normalised.push({ meta, byLevel: variants.get('')?.byLevel ?? new Map() });
    // Variants in a stable order (by their breakdown values), each a full indicator of its own.
    for (const [key, variant] of [...variants].filter(([k]) => k !== '').sort(([a], [b]) => a.localeCompare(b, 'en-GB'))) {
      normalised.push({
        meta: { ...meta, id: `${indicator.id}--${slugify(variant.values.join(' '))}`, title: `${indicator.title} (${key})`, variantOf: indicator.id, variantLabel: key },
        byLevel: variant.byLevel,
      });
    }
  }
  return { problems, unmatched, indicators: normalised };
}

interface Variant {
  values: string[];
  byLevel: Map<string, Observation[]>;
  seen: Map<string, number>;
}

/** "Female 0-15" -> "female-0-15", for variant ids. */
function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'other';
}

type CellReader = (index: number) => string;

function readObservation(
  indicator: IndicatorMetadata,
  columns: Partial<Record<Role, number>>,
  cell: CellReader,
  file: string,
  line: number,
  header: string[],
  problems: Problem[],
): Omit<Observation, 'code' | 'period' | 'source'> | null {
  const parts: Partial<Record<Role, number | null>> = {};
  let status: Observation['status'] = 'value';
  let ok = true;
  for (const role of ['value', 'numerator', 'denominator', 'lower', 'upper'] as const) {
    const index = columns[role];
    if (index === undefined) continue;
    const raw = cell(index);
    const parsed = parseCell(raw);
    if (parsed.status === 'invalid') {
      problems.push({ file, line, message: `"${raw}" in column "${header[index]}" is not a number or a known status marker`, fix: 'Write a number (1234, "1,234", 12.5, 1.2e3, 12.5%) or a marker: blank, .., -, *, x, c, u, n/a.' });
      ok = false;
      continue;
    }
    parts[role] = parsed.value;
    if (role === 'value') status = parsed.status;
  }
  if (!ok) return null;
  const { numerator, denominator } = parts;
  if (indicator.measure === 'count' && parts.value != null && parts.value < 0) {
    problems.push({ file, line, message: `the count ${parts.value} for "${indicator.id}" is negative`, fix: 'Counts cannot be below zero: check the cell.' });
    return null;
  }
  const impossible = impossibleValue(indicator, parts, columns.value === undefined);
  if (impossible) {
    problems.push({ file, line, ...impossible });
    return null;
  }
  let value = parts.value ?? null;
  if (columns.value === undefined) {
    // Computed from numerator and denominator; a status in either carries through.
    if (numerator != null && denominator != null && denominator > 0) {
      value = (numerator / denominator) * scaleOf(indicator);
      status = 'value';
    } else {
      value = null;
      status = numerator === null && denominator === null ? 'missing' : 'not-available';
    }
  }
  return { value, status, numerator, denominator, lower: parts.lower, upper: parts.upper };
}

/**
 * Values that cannot be true whatever the publisher meant: negative counts, numerators or
 * denominators; a percentage's numerator above its denominator; a computed rate over nothing;
 * deciles outside 1-10; ranks below 1; confidence limits the wrong way round. A published
 * percentage above 100 is allowed (bed occupancy, for one).
 */
function impossibleValue(indicator: IndicatorMetadata, parts: Partial<Record<Role, number | null>>, computed: boolean): { message: string; fix: string } | null {
  const { value, numerator, denominator, lower, upper } = parts;
  const id = indicator.id;
  if (indicator.measure === 'count' && value != null && value < 0) return { message: `the count ${value} for "${id}" is negative`, fix: 'Counts cannot be below zero: check the cell.' };
  for (const [name, n] of [['numerator', numerator], ['denominator', denominator]] as const) {
    if (n != null && n < 0) return { message: `the ${name} ${n} for "${id}" is negative`, fix: 'Numerators and denominators are counts and cannot be below zero: check the cell.' };
  }
  if (numerator != null && denominator != null && indicator.measure === 'percentage' && numerator > denominator) {
    return { message: `the numerator ${numerator} is larger than the denominator ${denominator} for "${id}"`, fix: 'Check that `numerator:` and `denominator:` name the right columns and the cells are right.' };
  }
  if (computed && denominator === 0 && numerator != null) {
    return { message: `the denominator for "${id}" is 0, so the ${indicator.measure} cannot be computed`, fix: 'Check the cell; if the figure does not apply to this area, write z (not applicable) instead of 0.' };
  }
  if (indicator.measure === 'decile' && value != null && (value < 1 || value > 10 || !Number.isInteger(value))) {
    return { message: `the decile ${value} for "${id}" is outside 1 to 10`, fix: 'Deciles are whole numbers from 1 to 10: check the cell.' };
  }
  if (indicator.measure === 'rank' && value != null && value < 1) return { message: `the rank ${value} for "${id}" is below 1`, fix: 'Ranks start at 1: check the cell.' };
  if (lower != null && upper != null && lower > upper) {
    return { message: `the lower limit ${lower} is above the upper limit ${upper} for "${id}"`, fix: 'Check that `lower:` and `upper:` name the right columns and the cells are right.' };
  }
  return null;
}

/** What a ratio of numerator to denominator is multiplied by for this measure. */
export function scaleOf(indicator: { measure: string; per?: number | undefined }): number {
  if (indicator.measure === 'percentage') return 100;
  if (indicator.measure === 'rate') return indicator.per ?? 1;
  return 1;
}

function indicatorMeta(indicator: IndicatorMetadata, datasetId: string, columns: Partial<Record<Role, number>>): IndicatorMeta {
  return {
    id: indicator.id,
    datasetId,
    title: indicator.title,
    description: indicator.description,
    measure: indicator.measure,
    unit: indicator.unit,
    per: indicator.per,
    polarity: indicator.polarity,
    decimals: indicator.decimals,
    classification: indicator.classification ?? { method: defaultMethod(indicator.measure), classes: 5 },
    hasNumerator: columns.numerator !== undefined,
    hasDenominator: columns.denominator !== undefined,
    hasIntervals: columns.lower !== undefined && columns.upper !== undefined,
  };
}

/** Ranks and deciles are already uniform, so equal intervals show them honestly; skewed counts read best in quantiles. */
function defaultMethod(measure: string): IndicatorMeta['classification']['method'] {
  if (measure === 'rank' || measure === 'decile') return 'equal-intervals';
  return 'quantiles';
}
