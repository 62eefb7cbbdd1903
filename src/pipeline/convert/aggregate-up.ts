/**
 * Publishes a small-area indicator at every larger level reachable through the lookups, where
 * its measure allows: counts sum; percentages and rates are recomputed from summed numerators
 * and denominators; means are weighted by their denominators. Ranks, deciles, scores, medians
 * and ratios cannot be combined from their parts and are refused with a reason, never averaged.
 *
 * Aggregation runs on the unsuppressed values (disclosure control comes after, at every level).
 * A parent gets a value only when every one of its children has one: a partial sum would
 * understate the parent without saying so.
 */
import type { IndicatorMeta, Level, Observation } from '../types.ts';
import { scaleOf } from '../normalise/table-to-observations.ts';

export interface AggregationResult {
  byLevel: Map<string, Observation[]>;
  aggregatedLevels: string[];
  /** For each aggregated level, the level it was computed from. */
  builtFrom?: Record<string, string>;
  notAggregatedReason?: string;
}

export function aggregationRefusal(meta: IndicatorMeta): string | undefined {
  const withParts = meta.hasNumerator && meta.hasDenominator;
  switch (meta.measure) {
    case 'count':
      return undefined;
    case 'percentage':
    case 'rate':
      return withParts ? undefined : `a ${meta.measure} can only be combined from its numerator and denominator, which the metadata does not name`;
    case 'mean':
      return meta.hasDenominator ? undefined : 'a mean can only be combined when weighted by its denominator, which the metadata does not name';
    default:
      return `a ${meta.measure} describes each area against all others and cannot be summed or averaged into larger areas`;
  }
}

export function aggregateUp(meta: IndicatorMeta, byLevel: Map<string, Observation[]>, levels: Level[]): AggregationResult {
  const result = new Map(byLevel);
  const aggregatedLevels: string[] = [];
  const refusal = aggregationRefusal(meta);
  const hasParentsMissing = levels.some((l) => !result.has(l.id));
  if (refusal) return { byLevel: result, aggregatedLevels, ...(hasParentsMissing ? { notAggregatedReason: refusal } : {}) };
  const builtFrom: Record<string, string> = {};
  // Smallest first, so a district can be built from wards that were themselves built from small areas.
  for (const level of [...levels].reverse()) {
    if (result.has(level.id)) continue;
    const childLevel = levels.find((l) => l.parentLevel === level.id && result.has(l.id));
    if (!childLevel) continue;
    result.set(level.id, aggregateLevel(meta, level, childLevel, result.get(childLevel.id)!));
    aggregatedLevels.push(level.id);
    builtFrom[level.id] = childLevel.id;
  }
  return { byLevel: result, aggregatedLevels, builtFrom };
}

function aggregateLevel(meta: IndicatorMeta, level: Level, childLevel: Level, children: Observation[]): Observation[] {
  const childrenOf = new Map<string, string[]>();
  for (const area of childLevel.areas) {
    if (!area.parentCode) continue;
    childrenOf.set(area.parentCode, [...(childrenOf.get(area.parentCode) ?? []), area.code]);
  }
  return aggregateGroups(meta, level.areas.map((a) => a.code), childrenOf, children);
}

/**
 * Combines children into parents by the measure's rules: `childrenOf` lists each parent's
 * children, `parents` the parent codes in output order. Also used for custom areas, whose
 * "children" are their building blocks.
 */
export function aggregateGroups(meta: IndicatorMeta, parents: readonly string[], childrenOf: ReadonlyMap<string, readonly string[]>, children: readonly Observation[]): Observation[] {
  const byKey = new Map(children.map((o) => [`${o.code}\u0000${o.period}`, o]));
  const periods = [...new Set(children.map((o) => o.period))].sort();
  const out: Observation[] = [];
  for (const parent of parents) {
    const childCodes = childrenOf.get(parent) ?? [];
    if (childCodes.length === 0) continue;
    for (const period of periods) {
      const parts = childCodes.map((code) => byKey.get(`${code}\u0000${period}`));
      if (parts.every((p) => p === undefined)) continue;
      out.push({ code: parent, period, ...combine(meta, parts), source: { aggregatedFrom: childCodes.length } });
    }
  }
  return out;
}

function combine(meta: IndicatorMeta, parts: (Observation | undefined)[]): Pick<Observation, 'value' | 'status' | 'numerator' | 'denominator'> {
  const complete = parts.every((p) => p !== undefined && p.status === 'value');
  const sum = (pick: (o: Observation) => number | null | undefined): number | null => {
    let total = 0;
    for (const p of parts) {
      const v = p ? pick(p) : null;
      if (v === null || v === undefined) return null;
      total += v;
    }
    return total;
  };
  const numerator = meta.hasNumerator ? sum((o) => o.numerator) : undefined;
  const denominator = meta.hasDenominator ? sum((o) => o.denominator) : undefined;
  if (!complete) return { value: null, status: 'not-available', numerator, denominator };
  let value: number | null;
  if (meta.measure === 'count') value = sum((o) => o.value);
  else if (meta.measure === 'mean') {
    const weighted = sum((o) => (o.value === null || o.denominator == null ? null : o.value * o.denominator));
    value = weighted === null || !denominator ? null : weighted / denominator;
  } else value = numerator == null || !denominator ? null : (numerator / denominator) * scaleOf(meta);
  return value === null ? { value: null, status: 'not-available', numerator, denominator } : { value, status: 'value', numerator, denominator };
}
