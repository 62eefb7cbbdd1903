/**
 * One indicator over every period at a level, for one area or for the whole atlas: the points a
 * trend chart draws and the table beside it shows. An area's trend carries the whole atlas as
 * a reference line (not for counts: the atlas total is not comparable with one area's count). Without an area, the trend is the whole atlas; when the measure cannot be
 * combined for the atlas (means without a denominator, scores...), it is the median of the
 * level's areas with the middle half of them (25th to 75th percentile) as its band.
 *
 * Bands are 95% confidence intervals (stats/observation-interval.ts) wherever they can be had.
 */
import { quantileSorted } from 'd3';
import type { Atlas, Indicator, Level, Observation, Status } from '../types.ts';
import { observationInterval } from '../stats/observation-interval.ts';
import { formatObservation, formatValue, roundTo } from './format-value.ts';
import { inSentence } from './in-sentence.ts';
import { periodIndex } from './observation-index.ts';

/** How the whole atlas is named beside areas. */
export const ATLAS_NAME = 'Whole atlas';

export interface TrendPoint {
  period: string;
  value: number | null;
  status: Status;
  display: string;
  lower: number | null;
  upper: number | null;
}

export type BandKind = 'confidence' | 'interquartile';

export interface TrendSeries {
  name: string;
  points: TrendPoint[];
  /** What the band around the line means, or null when no point has one. */
  band: BandKind | null;
}

export interface TrendView {
  indicator: Indicator;
  level: Level;
  periods: string[];
  main: TrendSeries;
  reference: TrendSeries | null;
  summary: string;
}

export function trendView(atlas: Atlas, indicator: Indicator, levelId: string, areaCode: string | null): TrendView {
  const level = atlas.levels.find((l) => l.id === levelId)!;
  const data = indicator.levels.find((l) => l.level === levelId)!;
  const periods = data.periods;
  const atlasSeries = indicator.benchmark && indicator.benchmark.length > 0 ? series(ATLAS_NAME, indicator, periods, (p) => indicator.benchmark!.find((o) => o.period === p)) : null;
  let main: TrendSeries;
  let reference: TrendSeries | null = null;
  if (areaCode !== null) {
    const area = level.areas.find((a) => a.code === areaCode)!;
    main = series(area.name, indicator, periods, (p) => periodIndex(data, p, indicator.decimals).byCode.get(areaCode));
    // A count for the whole atlas is a total, on another scale from any one area's count.
    reference = indicator.measure === 'count' ? null : atlasSeries;
  } else if (atlasSeries && atlasSeries.points.some((p) => p.value !== null)) {
    main = atlasSeries;
  } else {
    main = medianSeries(`Median of ${inSentence(level.plural)}`, indicator, periods, (p) => periodIndex(data, p, indicator.decimals).sortedValues);
  }
  return { indicator, level, periods, main, reference, summary: trendSummary(indicator, main) };
}

function series(name: string, indicator: Indicator, periods: string[], find: (period: string) => Observation | undefined): TrendSeries {
  const points = periods.map((period): TrendPoint => {
    const o = find(period);
    if (!o) return { period, value: null, status: 'no-data', display: formatObservation({ value: null, status: 'no-data' }, indicator), lower: null, upper: null };
    const value = o.status === 'value' && o.value !== null ? roundTo(o.value, indicator.decimals) : null;
    const interval = observationInterval(indicator, o, 0.95);
    return {
      period,
      value,
      status: value === null ? (o.status === 'value' ? 'not-available' : o.status) : 'value',
      display: formatObservation({ value, status: o.status }, indicator),
      lower: interval ? roundTo(interval.lower, indicator.decimals) : null,
      upper: interval ? roundTo(interval.upper, indicator.decimals) : null,
    };
  });
  return { name, points, band: points.some((p) => p.lower !== null) ? 'confidence' : null };
}

function medianSeries(name: string, indicator: Indicator, periods: string[], valuesOf: (period: string) => number[]): TrendSeries {
  const points = periods.map((period): TrendPoint => {
    const sorted = valuesOf(period);
    if (sorted.length === 0) return { period, value: null, status: 'no-data', display: formatObservation({ value: null, status: 'no-data' }, indicator), lower: null, upper: null };
    const value = roundTo(quantileSorted(sorted, 0.5)!, indicator.decimals);
    return {
      period,
      value,
      status: 'value',
      display: formatValue(value, indicator),
      lower: roundTo(quantileSorted(sorted, 0.25)!, indicator.decimals),
      upper: roundTo(quantileSorted(sorted, 0.75)!, indicator.decimals),
    };
  });
  return { name, points, band: 'interquartile' };
}

/** "Whole atlas: 33.1 per 1,000 in 2021 and 28.4 per 1,000 in 2023." States values, claims no cause. */
export function trendSummary(indicator: Indicator, main: TrendSeries): string {
  const valued = main.points.filter((p) => p.value !== null);
  if (valued.length === 0) return `${main.name}: no published values for ${inSentence(indicator.title)} in any period.`;
  const first = valued[0]!;
  const last = valued.at(-1)!;
  const missing = main.points.length - valued.length;
  const gaps = missing > 0 ? ` ${missing} of ${main.points.length} periods have no published value.` : '';
  if (valued.length === 1) return `${main.name}: ${inSentence(indicator.title)} was ${first.display} in ${first.period}, the only period with a published value.${gaps}`;
  const direction = last.value! > first.value! ? 'higher than' : last.value! < first.value! ? 'lower than' : 'the same as';
  return `${main.name}: ${inSentence(indicator.title)} was ${last.display} in ${last.period}, ${direction} the ${first.display} of ${first.period}.${gaps}`;
}
