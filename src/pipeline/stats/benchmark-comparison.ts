/**
 * One value against one benchmark at both published confidence levels, reduced to what a reader
 * sees: a word, a shape and the strongest level at which the difference holds, e.g.
 * "▲ Worse (99.8%)", "● Similar", "▼ Lower (95%)". Shape says the direction (▲ higher, ▼ lower,
 * ● similar) and the word says what it means, so nothing depends on colour.
 *
 * Counts are never compared with a benchmark: a count depends on the size of the area.
 */
import type { IndicatorMeta } from '../types.ts';
import { compare, type Comparison } from './compare.ts';
import { confidenceText, type ConfidenceLevel } from './interval.ts';
import { observationInterval, type IntervalInput } from './observation-interval.ts';

export type ComparisonResult = Comparison | 'not-compared';

export interface BenchmarkComparison {
  result: ComparisonResult;
  /** The highest confidence level at which the difference is significant; null when similar or not compared. */
  confidence: ConfidenceLevel | null;
  symbol: string;
  /** Short label, e.g. "Worse (99.8%)". */
  label: string;
  /** Why there is no comparison, when there is none. */
  reason?: string;
}

const WORDS: Record<ComparisonResult, string> = {
  better: 'Better',
  worse: 'Worse',
  similar: 'Similar',
  higher: 'Higher',
  lower: 'Lower',
  'not-compared': 'Not compared',
};

export const COMPARISON_SYMBOLS: Record<'higher' | 'lower' | 'similar' | 'not-compared', string> = {
  higher: '▲',
  lower: '▼',
  similar: '●',
  'not-compared': '–',
};

export function benchmarkComparison(
  meta: Pick<IndicatorMeta, 'measure' | 'per' | 'polarity'>,
  observation: IntervalInput,
  benchmark: number | null | undefined,
): BenchmarkComparison {
  const notCompared = (reason: string): BenchmarkComparison => ({ result: 'not-compared', confidence: null, symbol: COMPARISON_SYMBOLS['not-compared'], label: WORDS['not-compared'], reason });
  if (meta.measure === 'count') return notCompared('a count depends on the size of the area');
  if (observation.status !== 'value' || observation.value === null) return notCompared('no value');
  if (benchmark === null || benchmark === undefined) return notCompared('no benchmark value');
  let similar = false;
  for (const confidence of [0.998, 0.95] as const) {
    const interval = observationInterval(meta, observation, confidence);
    if (!interval) continue;
    const result = compare(interval, benchmark, meta.polarity);
    if (result !== 'similar') return significant(result, confidence, observation.value, benchmark);
    similar = true;
  }
  if (!similar) return notCompared('no confidence interval');
  return { result: 'similar', confidence: null, symbol: COMPARISON_SYMBOLS.similar, label: WORDS.similar };
}

function significant(result: Comparison, confidence: ConfidenceLevel, value: number, benchmark: number): BenchmarkComparison {
  return {
    result,
    confidence,
    symbol: value > benchmark ? COMPARISON_SYMBOLS.higher : COMPARISON_SYMBOLS.lower,
    label: `${WORDS[result]} (${confidenceText(confidence)})`,
  };
}

/** "significantly worse than Ashford (99.8% confidence)", for sentences and SVG descriptions. */
export function comparisonPhrase(comparison: BenchmarkComparison, benchmarkName: string): string {
  if (comparison.result === 'not-compared') return `not compared with ${benchmarkName} (${comparison.reason})`;
  if (comparison.result === 'similar') return `similar to ${benchmarkName}`;
  return `significantly ${WORDS[comparison.result].toLowerCase()} than ${benchmarkName} (${confidenceText(comparison.confidence!)} confidence)`;
}
