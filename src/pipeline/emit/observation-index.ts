/**
 * Lookups over one indicator at one level, built once and reused by every page of the build:
 * observation by code per period, and the sorted published values (for ranges and ranks).
 * Without it, area profiles would rescan every observation for every area (quadratic at
 * national scale: 32,844 LSOAs).
 */
import type { IndicatorLevelData, Observation } from '../types.ts';
import { roundTo } from './format-value.ts';

export interface PeriodIndex {
  byCode: Map<string, Observation>;
  /** Published values rounded to the indicator's decimals, ascending. */
  sortedValues: number[];
}

const cache = new WeakMap<IndicatorLevelData, Map<string, PeriodIndex>>();

export function periodIndex(data: IndicatorLevelData, period: string, decimals: number): PeriodIndex {
  let periods = cache.get(data);
  if (!periods) {
    periods = new Map();
    for (const observation of data.observations) {
      let index = periods.get(observation.period);
      if (!index) periods.set(observation.period, (index = { byCode: new Map(), sortedValues: [] }));
      index.byCode.set(observation.code, observation);
      if (observation.status === 'value' && observation.value !== null) index.sortedValues.push(roundTo(observation.value, decimals));
    }
    for (const index of periods.values()) index.sortedValues.sort((a, b) => a - b);
    cache.set(data, periods);
  }
  return periods.get(period) ?? { byCode: new Map(), sortedValues: [] };
}

/** How many of the sorted values are strictly greater than `value` (binary search). */
export function countAbove(sortedValues: number[], value: number): number {
  let low = 0;
  let high = sortedValues.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sortedValues[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return sortedValues.length - low;
}
