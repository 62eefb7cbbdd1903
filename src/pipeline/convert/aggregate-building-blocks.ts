/**
 * Levels made of building blocks that are not their children in the hierarchy:
 *
 *   custom areas  (locality = these LSOAs)          exact: the blocks are the area
 *   best fit      (ward 2013 ≈ LSOAs 2011 centred in it)  approximate: blocks counted whole
 *
 * Runs after `aggregateUp` (so a locality made of wards can use wards summed from small areas)
 * and repeats until nothing more can be built (so a custom level made of a best-fit level works
 * too). The measure's rules are aggregateUp's own (`aggregateGroups`): counts sum, percentages
 * and rates come from summed numerators and denominators, ranks, deciles and scores are refused,
 * and an area whose blocks are not all known gets no value.
 *
 * A level is approximate when a best-fit step was used anywhere on the way to it.
 */
import type { IndicatorMeta, Level } from '../types.ts';
import { aggregateGroups, aggregationRefusal, type AggregationResult } from './aggregate-up.ts';

export interface BuildingBlockAggregation extends AggregationResult {
  builtFrom: Record<string, string>;
  /** Levels whose figures rest on a best-fit lookup. */
  approximateLevels: string[];
}

export function aggregateBuildingBlocks(meta: IndicatorMeta, hierarchy: AggregationResult, levels: readonly Level[]): BuildingBlockAggregation {
  const byLevel = new Map(hierarchy.byLevel);
  const aggregatedLevels = [...hierarchy.aggregatedLevels];
  const builtFrom: Record<string, string> = { ...hierarchy.builtFrom };
  if (aggregationRefusal(meta) === undefined) {
    for (let built = true; built; ) {
      built = false;
      for (const level of levels) {
        const blocks = level.buildingBlocks;
        if (!blocks || byLevel.has(level.id)) continue;
        const children = byLevel.get(blocks.level);
        if (!children || children.length === 0) continue;
        const members = new Map(Object.entries(blocks.members));
        byLevel.set(level.id, aggregateGroups(meta, level.areas.map((a) => a.code), members, children));
        aggregatedLevels.push(level.id);
        builtFrom[level.id] = blocks.level;
        built = true;
      }
    }
  }
  const approximate = (id: string, seen = new Set<string>()): boolean => {
    const from = builtFrom[id];
    if (from === undefined || seen.has(id)) return false;
    const blocks = levels.find((l) => l.id === id)?.buildingBlocks;
    return (blocks?.kind === 'best-fit' && blocks.level === from) || approximate(from, seen.add(id));
  };
  return {
    byLevel,
    aggregatedLevels,
    builtFrom,
    approximateLevels: levels.filter((l) => byLevel.has(l.id) && approximate(l.id)).map((l) => l.id),
    ...(hierarchy.notAggregatedReason === undefined ? {} : { notAggregatedReason: hierarchy.notAggregatedReason }),
  };
}
