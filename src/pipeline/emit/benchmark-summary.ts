/**
 * How the areas of a level compare with the whole atlas in one period: the atlas value and how
 * many areas are significantly better, similar or worse (higher, similar or lower when polarity
 * is neither), by the same test as the area profiles (stats/benchmark-comparison.ts).
 */
import type { Atlas, Indicator } from '../types.ts';
import { benchmarkComparison, type ComparisonResult } from '../stats/benchmark-comparison.ts';
import { formatObservation } from './format-value.ts';
import { periodIndex } from './observation-index.ts';

export interface BenchmarkSummary {
  /** The whole atlas's published value and how it reads (a status such as "Suppressed" when it has none). */
  atlasValue: number | null;
  atlasDisplay: string | null;
  /** Why there is no comparison at all, when there is none. */
  reason?: string;
  counts: Record<ComparisonResult, number>;
  areas: number;
}

export function benchmarkSummary(atlas: Atlas, indicator: Indicator, levelId: string, period: string): BenchmarkSummary {
  const level = atlas.levels.find((l) => l.id === levelId)!;
  const data = indicator.levels.find((l) => l.level === levelId)!;
  const counts: Record<ComparisonResult, number> = { better: 0, worse: 0, similar: 0, higher: 0, lower: 0, 'not-compared': 0 };
  const total = indicator.benchmark?.find((o) => o.period === period);
  const atlasDisplay = total ? formatObservation(total, indicator) : null;
  const atlasValue = total && total.status === 'value' ? total.value : null;
  const base = { atlasValue, atlasDisplay, counts, areas: level.areas.length };
  if (indicator.measure === 'count') return { ...base, reason: 'a count depends on the size of the area' };
  if (atlasValue === null) return { ...base, reason: total ? `the whole atlas's value is ${atlasDisplay!.toLowerCase()}` : 'this measure cannot be combined for the whole atlas' };
  const byCode = periodIndex(data, period, indicator.decimals).byCode;
  for (const area of level.areas) {
    const own = byCode.get(area.code) ?? { value: null, status: 'no-data' as const };
    counts[benchmarkComparison(indicator, own, atlasValue).result]++;
  }
  return base;
}
