/**
 * Turns one cell into a number or a status. Publishers mark missing values in many ways; each
 * marker is kept as its own status so a reader can tell "suppressed" from "not collected", and
 * none of them ever becomes 0.
 */
import type { Status } from '../types.ts';

const MARKERS: Record<string, Exclude<Status, 'value' | 'no-data'>> = {
  '': 'missing',
  '..': 'not-available',
  ':': 'not-available',
  x: 'not-available',
  '[x]': 'not-available',
  '-': 'nil',
  '*': 'suppressed',
  c: 'suppressed',
  '[c]': 'suppressed',
  u: 'low-reliability',
  '[u]': 'low-reliability',
  'n/a': 'not-applicable',
  na: 'not-applicable',
  z: 'not-applicable',
  '[z]': 'not-applicable',
};

/** Plain decimal or scientific notation, after thousands separators and % are removed. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Thousands separators only where they group digits in threes: "1,928" yes, "1,92" no. */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

export type ParsedCell = { status: 'value'; value: number } | { status: Exclude<Status, 'value'>; value: null } | { status: 'invalid'; value: null };

export function parseCell(raw: string): ParsedCell {
  const text = raw.trim();
  // Own keys only: "constructor" must not find Object.prototype's.
  const key = text.toLowerCase();
  if (Object.hasOwn(MARKERS, key)) return { status: MARKERS[key]!, value: null };
  let numeric = text.endsWith('%') ? text.slice(0, -1).trim() : text;
  if (numeric.includes(',')) {
    if (!GROUPED.test(numeric)) return { status: 'invalid', value: null };
    numeric = numeric.replace(/,/g, '');
  }
  if (!NUMBER.test(numeric)) return { status: 'invalid', value: null };
  const value = Number(numeric);
  return Number.isFinite(value) ? { status: 'value', value } : { status: 'invalid', value: null };
}

/** The markers, for documentation and legends. */
export const statusMarkers: Readonly<Record<string, Status>> = MARKERS;
