/**
 * One indicator at one level in the full tables: every area and every period, with the
 * numerator, denominator and confidence limits behind each value, its status and where it came
 * from (a line of the publisher's file, or summed from smaller areas). The page, the CSV and the
 * JSON all read these rows, so they agree.
 */
import type { Level, Observation, TableIndicator } from '../../types.ts';
import { STATUS_CODES, STATUS_LABELS } from '../../normalise/status-labels.ts';
import { formatObservation, roundTo } from '../format-value.ts';

export interface IndicatorTableRow {
  code: string;
  name: string;
  period: string;
  value: number | null;
  display: string;
  numerator: number | null;
  denominator: number | null;
  lower: number | null;
  upper: number | null;
  /** CSV status code: '' for a value, `c` suppressed, `x` not available, ... */
  status: string;
  statusLabel: string;
  source: string;
}

export const INDICATOR_TABLE_COLUMNS = ['area_code', 'area_name', 'level', 'indicator', 'period', 'value', 'numerator', 'denominator', 'lower', 'upper', 'status', 'source'] as const;

export function indicatorTableRows(indicator: TableIndicator, level: Level): IndicatorTableRow[] {
  const data = indicator.levels.find((d) => d.level === level.id);
  if (!data) return [];
  const names = new Map(level.areas.map((a) => [a.code, a.name]));
  return data.observations.map((o: Observation) => {
    const value = o.status === 'value' && o.value !== null ? roundTo(o.value, indicator.decimals) : null;
    return {
      code: o.code,
      name: names.get(o.code) ?? o.code,
      period: o.period,
      value,
      display: formatObservation({ value, status: o.status }, indicator),
      numerator: o.numerator ?? null,
      denominator: o.denominator ?? null,
      lower: o.lower ?? null,
      upper: o.upper ?? null,
      status: STATUS_CODES[o.status],
      statusLabel: STATUS_LABELS[o.status],
      source: 'line' in o.source ? `line ${o.source.line}` : `sum of ${o.source.aggregatedFrom} areas`,
    };
  });
}
