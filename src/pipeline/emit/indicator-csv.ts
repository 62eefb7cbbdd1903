/** The CSV of an indicator view: one row per area, with status words where there is no value. */
import { STATUS_CODES } from '../normalise/status-labels.ts';
import { toCsv } from './csv.ts';
import type { IndicatorView } from './indicator-view.ts';

export function indicatorCsv(view: IndicatorView): string {
  return toCsv(
    ['area_code', 'area_name', 'level', 'indicator', 'period', 'value', 'status'],
    view.rows.map((row) => [row.code, row.name, view.level.id, view.indicator.id, view.period, row.value, STATUS_CODES[row.status]]),
  );
}
