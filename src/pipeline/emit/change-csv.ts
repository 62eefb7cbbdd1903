/** The CSV of a change view: exactly the rows of the change page's table. */
import { STATUS_CODES } from '../normalise/status-labels.ts';
import type { ChangeView } from './change-view.ts';
import { toCsv } from './csv.ts';

export function changeCsv(view: ChangeView): string {
  return toCsv(
    ['area_code', 'area_name', 'level', 'indicator', 'from_period', 'from_value', 'from_status', 'to_period', 'to_value', 'to_status', 'difference', 'difference_lower_95', 'difference_upper_95', 'significance', 'status'],
    view.rows.map((r) => [
      r.code,
      r.name,
      view.level.id,
      view.indicator.id,
      view.from,
      r.from.value,
      STATUS_CODES[r.from.status],
      view.to,
      r.to.value,
      STATUS_CODES[r.to.status],
      r.difference,
      r.interval?.lower,
      r.interval?.upper,
      r.significance === 'not-assessed' ? '' : r.significance,
      STATUS_CODES[r.status],
    ]),
  );
}
