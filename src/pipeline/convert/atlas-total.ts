/**
 * The whole atlas as one more area: for each period, the indicator combined over every area of
 * the largest level that has it, by the same rules as any parent (counts sum; percentages and
 * rates from summed numerators and denominators; means weighted by their denominators; ranks,
 * deciles, scores, medians and ratios refused). It reuses `aggregateUp` with an atlas level
 * above the largest one, so the rules live in one place.
 *
 * Like any parent, the atlas gets a value only when every area of that level has one. Works on
 * unsuppressed observations: disclosure control comes after (`suppressAtlasTotal`).
 */
import type { IndicatorMeta, Level, Observation } from '../types.ts';
import { aggregateUp } from './aggregate-up.ts';

/** Not a slug, so it can never be a real level id or area code. */
export const ATLAS_CODE = '__atlas';

export function atlasTotal(meta: IndicatorMeta, byLevel: ReadonlyMap<string, Observation[]>, levels: Level[]): Observation[] {
  // Custom and best-fit levels are left out: they need not cover the atlas, and best fits are approximate.
  const largest = levels.find((level) => !level.buildingBlocks && (byLevel.get(level.id)?.length ?? 0) > 0);
  if (!largest) return [];
  const atlasLevel: Level = { ...largest, id: ATLAS_CODE, parentLevel: null, areas: [{ code: ATLAS_CODE, name: ATLAS_CODE, level: ATLAS_CODE, parentCode: null }] };
  const members: Level = { ...largest, parentLevel: ATLAS_CODE, areas: largest.areas.map((area) => ({ ...area, parentCode: ATLAS_CODE })) };
  const result = aggregateUp(meta, new Map([[largest.id, byLevel.get(largest.id)!]]), [atlasLevel, members]);
  return (result.byLevel.get(ATLAS_CODE) ?? []).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
