/**
 * What each status code in a CSV means, written on the rows that carry it (the `note` column), so
 * a downloaded file explains itself: above all that `c` is suppressed for confidentiality, never
 * a zero or a blank.
 */
import type { Status } from '../types.ts';

export const STATUS_NOTES: Record<Status, string> = {
  value: '',
  suppressed: 'c: suppressed to protect confidentiality (a small count or a rate built on one; or a figure from which one could be worked out by subtraction)',
  'not-available': 'x: not available from the publisher',
  missing: 'missing: the publisher left this cell blank',
  nil: 'nil: nil or negligible',
  'low-reliability': 'u: low reliability, so not published',
  'not-applicable': 'z: not applicable',
  'no-data': 'no-data: the dataset has no figure for this area',
};
