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
    return { indicator, columns, byLevel: new Map<string, Observation[]>(), seen: new Map<string, number>() };
  });
  const duplicateIds = metadata.indicators.map((x) => x.id).filter((id, i, all) => all.indexOf(id) !== i);
  for (const id of new Set(duplicateIds)) {
    problems.push({ file: metadataFile, line: yaml.lineOf(['indicators']), message: `indicator id "${id}" is used twice`, fix: 'Give each indicator its own id.' });
  }
  if (problems.length > 0) return { indicators: [], unmatched, problems };

  const pinnedLevel = metadata.area.level;
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
    if (period === '') {
      problems.push({ file: source.dataFile, line: row.line, message: 'the period is blank', fix: `Fill in the "${metadata.period && 'column' in metadata.period ? metadata.period.column : ''}" column.` });
      continue;
    }
    const indicatorText = isLong ? cell(indicatorColumn).trim() : null;
    for (const entry of indicators) {
      if (isLong && entry.indicator.match !== indicatorText) continue;
      const observation = readObservation(entry.indicator, entry.columns, cell, source.dataFile, row.line, table.header, problems);
      if (!observation) continue;
      const key = `${code}\u0000${period}`;
      const earlier = entry.seen.get(key);
      if (earlier !== undefined) {
        problems.push({ file: source.dataFile, line: row.line, message: `duplicate row: ${code} for ${period} already appears on line ${earlier}${isLong ? ` for "${indicatorText}"` : ''}`, fix: 'Remove one of the rows, or if they differ by a breakdown (sex, age), add the breakdown to the metadata.' });
        continue;
      }
      entry.seen.set(key, row.line);
      const list = entry.byLevel.get(area.level) ?? [];
      list.push({ code, period, ...observation, source: { line: row.line } });
      entry.byLevel.set(area.level, list);
    }
  }
  return {
    problems,
    unmatched,
    indicators: indicators.map(({ indicator, columns, byLevel }) => ({ meta: indicatorMeta(indicator, source.id, columns), byLevel })),
  };
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
  if (numerator != null && denominator != null && indicator.measure === 'percentage' && numerator > denominator) {
    problems.push({ file, line, message: `the numerator ${numerator} is larger than the denominator ${denominator} for "${indicator.id}"`, fix: 'Check that `numerator:` and `denominator:` name the right columns and the cells are right.' });
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
