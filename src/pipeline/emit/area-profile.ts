/**
 * An area's profile: every indicator published at its level, for the latest period, beside the
 * same indicator for its parent area, the whole atlas and the range across all areas of the
 * level, with the comparisons and the spine chart geometry (see spine-chart.ts).
 *
 * Comparisons use unrounded values and their confidence intervals (stats/); what is displayed is
 * rounded to the indicator's decimals.
 */
import type { Area, Atlas, Observation, Status } from '../types.ts';
import { formatObservation, formatValue, roundTo } from './format-value.ts';
import { countAbove, periodIndex } from './observation-index.ts';
import { benchmarkComparison, type BenchmarkComparison } from '../stats/benchmark-comparison.ts';
import { observationInterval, type ObservationInterval } from '../stats/observation-interval.ts';
import { spineGeometry, type SpineGeometry } from './spine-chart.ts';

export interface ProfileRow {
  indicatorId: string;
  indicatorTitle: string;
  period: string;
  value: number | null;
  status: Status;
  display: string;
  parentDisplay: string | null;
  rangeDisplay: string;
  /** Rank of the value among the level's areas with values (1 = highest). */
  rankText: string;
  /** The area's 95% confidence interval, rounded like its value, when there is one. */
  interval: ObservationInterval | null;
  intervalDisplay: string;
  parentValue: number | null;
  atlasValue: number | null;
  atlasDisplay: string;
  /** Null when the area has no parent. */
  vsParent: BenchmarkComparison | null;
  vsAtlas: BenchmarkComparison;
  /** Centred on the whole atlas, or on the level's median when there is no atlas value. */
  spine: SpineGeometry | null;
  spineCentre: 'atlas' | 'median';
}

export interface AreaProfile {
  area: Area;
  parent: Area | null;
  rows: ProfileRow[];
}

export function areaProfile(atlas: Atlas, area: Area): AreaProfile {
  const parentLevel = atlas.levels.find((l) => l.id === area.level)!.parentLevel;
  const parent = parentLevel ? (atlas.levels.find((l) => l.id === parentLevel)!.areas.find((a) => a.code === area.parentCode) ?? null) : null;
  const rows: ProfileRow[] = [];
  for (const indicator of atlas.indicators) {
    const data = indicator.levels.find((l) => l.level === area.level);
    if (!data) continue;
    const period = data.periods.at(-1)!;
    const index = periodIndex(data, period, indicator.decimals);
    const own: Pick<Observation, 'value' | 'status'> & Partial<Observation> = index.byCode.get(area.code) ?? { value: null, status: 'no-data' };
    const valued = index.sortedValues;
    let parentDisplay: string | null = null;
    let parentObservation: Observation | undefined;
    if (parent) {
      const parentData = indicator.levels.find((l) => l.level === parent.level);
      parentObservation = parentData ? periodIndex(parentData, period, indicator.decimals).byCode.get(parent.code) : undefined;
      parentDisplay = parentObservation ? formatObservation(parentObservation, indicator) : 'Not published at this level';
    }
    const value = own.status === 'value' && own.value !== null ? roundTo(own.value, indicator.decimals) : null;
    const atlasObservation = indicator.benchmark?.find((o) => o.period === period);
    const atlasValue = publishedValue(atlasObservation);
    const parentValue = publishedValue(parentObservation);
    const exact = observationInterval(indicator, own, 0.95);
    const interval = exact && { ...exact, lower: roundTo(exact.lower, indicator.decimals), upper: roundTo(exact.upper, indicator.decimals) };
    const spineCentre = atlasValue !== null && indicator.measure !== 'count' ? 'atlas' : 'median';
    const centre = spineCentre === 'atlas' ? atlasValue! : median(valued);
    rows.push({
      indicatorId: indicator.id,
      indicatorTitle: indicator.title,
      period,
      value,
      status: value === null ? own.status : 'value',
      display: formatObservation({ value, status: own.status }, indicator),
      parentDisplay,
      rangeDisplay: valued.length > 0 ? `${formatValue(valued[0]!, indicator)} to ${formatValue(valued.at(-1)!, indicator)}` : 'No values',
      rankText: value === null ? '' : `${countAbove(valued, value) + 1} of ${valued.length}`,
      interval,
      intervalDisplay: interval ? `${formatValue(interval.lower, indicator)} to ${formatValue(interval.upper, indicator)}` : '',
      parentValue: parentValue === null ? null : roundTo(parentValue, indicator.decimals),
      atlasValue: atlasValue === null ? null : roundTo(atlasValue, indicator.decimals),
      atlasDisplay: atlasObservation ? formatObservation(atlasObservation, indicator) : 'Not combined for the whole atlas',
      vsParent: parent ? benchmarkComparison(indicator, own, parentValue) : null,
      vsAtlas: benchmarkComparison(indicator, own, atlasValue),
      // A parent's count is a total on another scale, so it gets no marker.
      spine: centre === null ? null : spineGeometry({ sortedValues: valued, centre, value, parent: indicator.measure === 'count' ? null : parentValue, polarity: indicator.polarity }),
      spineCentre,
    });
  }
  return { area, parent, rows };
}

function publishedValue(observation: Observation | undefined): number | null {
  return observation && observation.status === 'value' && observation.value !== null ? observation.value : null;
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
