/**
 * How a value reads on a page: fixed decimals from the metadata, thousands grouped, and the unit
 * the measure implies. Shared by pages, the map's tooltips and summaries so they always agree.
 */
import type { IndicatorMeta, Observation, Status } from '../types.ts';
import { STATUS_LABELS } from '../normalise/status-labels.ts';

export type ValueFormat = Pick<IndicatorMeta, 'measure' | 'unit' | 'per' | 'decimals'>;

// Constructing an Intl.NumberFormat costs far more than using one, and a national build
// formats millions of values: keep one per number of decimals.
const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, decimals: number): string {
  let formatter = formatters.get(decimals);
  if (!formatter) formatters.set(decimals, (formatter = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return formatter.format(value);
}

/** The number with its unit, e.g. "12.5%", "31.2 per 1,000", "1,234 people". */
export function formatValue(value: number, format: ValueFormat): string {
  const number = formatNumber(value, format.decimals);
  if (format.measure === 'percentage') return `${number}%`;
  if (format.measure === 'rate') return `${number} per ${formatNumber(format.per ?? 1, 0)}`;
  return format.unit ? `${number} ${format.unit}` : number;
}

export function formatObservation(observation: Pick<Observation, 'value' | 'status'>, format: ValueFormat): string {
  return observation.status === 'value' && observation.value !== null ? formatValue(observation.value, format) : STATUS_LABELS[observation.status as Status];
}

/**
 * Rounds to the published decimals, so every output carries the same figure: half away from
 * zero, as a spreadsheet's ROUND does, on the number's shortest decimal form (so 1.265 -> 1.27,
 * not the 1.26 that 1.265 * 100 = 126.49999... would give), and never -0.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return value;
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
  const rounded = Number(`${shifted}e${-decimals}`);
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}
