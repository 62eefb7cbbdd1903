/**
 * How a change reads: "+2.3 percentage points", "−1.4 per 1,000", "+120 people". Differences of
 * percentages are percentage points, not percent. The minus sign is U+2212, as in print.
 */
import { formatNumber, type ValueFormat } from './format-value.ts';

export function formatDifference(difference: number, format: ValueFormat, options: { sign?: boolean; unit?: boolean } = {}): string {
  const number = formatNumber(Math.abs(difference), format.decimals);
  const zero = Number(number.replace(/,/g, '')) === 0;
  const sign = options.sign === false || zero ? '' : difference > 0 ? '+' : '\u2212';
  return `${sign}${number}${options.unit === false ? '' : unitOf(format, number)}`;
}

function unitOf(format: ValueFormat, number: string): string {
  if (format.measure === 'percentage') return ` percentage point${number === '1' ? '' : 's'}`;
  if (format.measure === 'rate') return ` per ${formatNumber(format.per ?? 1, 0)}`;
  return format.unit ? ` ${format.unit}` : '';
}
