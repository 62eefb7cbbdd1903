/**
 * The one-sentence summary that accompanies every map, so the map's message is available to
 * people who cannot see it and to people in a hurry.
 */
import { formatValue, type ValueFormat } from './format-value.ts';
import { inSentence } from './in-sentence.ts';

export interface SummaryInput {
  title: string;
  period: string;
  levelPlural: string;
  format: ValueFormat;
  rows: { name: string; value: number | null }[];
  withoutValue: number;
}

export function summarySentence(input: SummaryInput): string {
  const valued = input.rows.filter((r): r is { name: string; value: number } => r.value !== null);
  const missingNote = input.withoutValue > 0 ? ` ${count(input.withoutValue)} of ${count(input.rows.length)} ${inSentence(input.levelPlural)} have no published value.` : '';
  if (valued.length === 0) return `${input.title} has no published values for ${inSentence(input.levelPlural)} in ${input.period}.${missingNote}`;
  const sorted = [...valued].sort((a, b) => a.value - b.value || a.name.localeCompare(b.name));
  const lowest = sorted[0]!;
  const highest = sorted.at(-1)!;
  const middle = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]!.value : (sorted[sorted.length / 2 - 1]!.value + sorted[sorted.length / 2]!.value) / 2;
  const f = (v: number) => formatValue(v, input.format);
  if (sorted.length === 1) return `In ${input.period}, ${inSentence(input.title)} was ${f(lowest.value)} in ${lowest.name}.${missingNote}`;
  return (
    `In ${input.period}, ${inSentence(input.title)} ranged from ${f(lowest.value)} in ${lowest.name} to ${f(highest.value)} in ${highest.name} ` +
    `across ${count(valued.length)} ${inSentence(input.levelPlural)}; the median was ${f(middle)}.${missingNote}`
  );
}

function count(n: number): string {
  return n.toLocaleString('en-GB');
}
