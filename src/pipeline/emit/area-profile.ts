/**
 * An area's profile: every indicator published at its level, for the latest period, beside the
 * same indicator for its parent area and the range across all areas of the level.
 */
import type { Area, Atlas, Observation, Status } from '../types.ts';
import { formatObservation, formatValue, roundTo } from './format-value.ts';
import { countAbove, periodIndex } from './observation-index.ts';

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
    const own: Pick<Observation, 'value' | 'status'> = index.byCode.get(area.code) ?? { value: null, status: 'no-data' };
    const valued = index.sortedValues;
    let parentDisplay: string | null = null;
    if (parent) {
      const parentData = indicator.levels.find((l) => l.level === parent.level);
      const parentObservation = parentData ? periodIndex(parentData, period, indicator.decimals).byCode.get(parent.code) : undefined;
      parentDisplay = parentObservation ? formatObservation(parentObservation, indicator) : 'Not published at this level';
    }
    const value = own.status === 'value' && own.value !== null ? roundTo(own.value, indicator.decimals) : null;
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
    });
  }
  return { area, parent, rows };
}
