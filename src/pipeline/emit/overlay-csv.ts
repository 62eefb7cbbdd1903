/**
 * The CSV of an overlay: every area of the level with both indicators' values and statuses and
 * its bivariate class (and the thirds it is made of), exactly the rows the overlay's table shows.
 */
import { STATUS_CODES } from '../normalise/status-labels.ts';
import { toCsv } from './csv.ts';
import type { OverlayView } from './overlay-view.ts';

export const OVERLAY_CSV_HEADER = ['area_code', 'area_name', 'level', 'period', 'x_indicator', 'x_value', 'x_status', 'y_indicator', 'y_value', 'y_status', 'bivariate_class', 'x_third', 'y_third'];

export function overlayCsv(view: OverlayView): string {
  return toCsv(
    OVERLAY_CSV_HEADER,
    view.rows.map((row) => [
      row.code,
      row.name,
      view.level.id,
      view.period,
      view.x.id,
      row.x.value,
      STATUS_CODES[row.x.status],
      view.y.id,
      row.y.value,
      STATUS_CODES[row.y.status],
      row.cls?.code ?? '',
      row.cls ? row.cls.x + 1 : null,
      row.cls ? row.cls.y + 1 : null,
    ]),
  );
}
