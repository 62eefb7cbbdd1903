import type { Status } from '../types.ts';

/** Words for each status, used in tables, legends, tooltips and CSV notes. */
export const STATUS_LABELS: Record<Status, string> = {
  value: '',
  missing: 'Missing',
  'not-available': 'Not available',
  nil: 'Nil or negligible',
  suppressed: 'Suppressed',
  'low-reliability': 'Low reliability',
  'not-applicable': 'Not applicable',
  'no-data': 'No data',
};

/** Short codes written in the CSV status column (GSS shorthand where one exists). */
export const STATUS_CODES: Record<Status, string> = {
  value: '',
  missing: 'missing',
  'not-available': 'x',
  nil: 'nil',
  suppressed: 'c',
  'low-reliability': 'u',
  'not-applicable': 'z',
  'no-data': 'no-data',
};
