/**
 * How a value reads on a page: fixed decimals from the metadata, thousands grouped, and the unit
 * the measure implies. Shared by pages, the map's tooltips and summaries so they always agree.
 */
import type { IndicatorMeta, Observation, Status } from '../types.ts';
import { STATUS_LABELS } from '../normalise/status-labels.ts';

export type ValueFormat = Pick<IndicatorMeta, 'measure' | 'unit' | 'per' | 'decimals'>;

export function formatNumber(value: number, decimals: number): string {
  return new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
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

/** Rounds to the published decimals, so every output carries the same figure. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
