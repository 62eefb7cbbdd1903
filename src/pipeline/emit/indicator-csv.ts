/** The CSV of an indicator view: one row per area, with status words where there is no value. */
import { STATUS_CODES } from '../normalise/status-labels.ts';
import { toCsv } from './csv.ts';
import { STATUS_NOTES } from './status-note.ts';
import type { Status } from '../types.ts';
import type { IndicatorView } from './indicator-view.ts';

export function indicatorCsv(view: IndicatorView): string {
  // Approximate figures (a best-fit lookup) say so on every row, so the note survives any filtering;
  // a row without a value says what its status code means (STATUS_NOTES).
  const note = view.approximateNote;
  const rowNote = (status: Status) => [note, STATUS_NOTES[status]].filter(Boolean).join(' ');
  const hasNotes = view.rows.some((row) => rowNote(row.status) !== '');
  return toCsv(
    ['area_code', 'area_name', 'level', 'indicator', 'period', 'value', 'status', ...(hasNotes ? ['note'] : [])],
    view.rows.map((row) => [row.code, row.name, view.level.id, view.indicator.id, view.period, row.value, STATUS_CODES[row.status], ...(hasNotes ? [rowNote(row.status)] : [])]),
  );
}
