/**
 * Disclosure control for one tier (public, or registered partners) of a set of linked
 * indicators: primary suppression of small counts at every published level, then secondary
 * suppression across the levels' tables until no hidden cell can be worked out.
 *
 * Linked indicators share one pattern of hidden cells (an area and period hidden in one is hidden
 * in all): two indicators read from the same column, e.g. a count and a rate with that count as
 * its numerator, would otherwise give back each other's hidden cells.
 *
 * Runs on unsuppressed observations that have already been aggregated up the levels, so a
 * district built from small areas is judged on its true total, then suppressed again.
 */
import type { IndicatorMeta, Level, Observation } from '../types.ts';
import { isAdditive } from './additive-parts.ts';
import { areaGroups } from './area-groups.ts';
import { secondarySuppression } from './secondary-suppression.ts';
import { isDisclosive } from './suppress-small-counts.ts';

export interface TierInput {
  meta: IndicatorMeta;
  /** Unsuppressed observations by level id (after aggregation). */
  byLevel: ReadonlyMap<string, Observation[]>;
}

export interface TierOutput {
  /** Observations of the published levels only, suppressed where needed. */
  byLevel: Map<string, Observation[]>;
  /** Cells hidden because they are small themselves. */
  primary: number;
  /** Cells hidden so that no small one can be worked out from the others. */
  secondary: number;
}

export function discloseLinked(inputs: readonly TierInput[], levels: Level[], published: readonly string[], threshold: number): TierOutput[] {
  const publishedLevels = levels.filter((l) => published.includes(l.id)).map((l) => l.id);
  const groups = areaGroups(levels, publishedLevels);
  // Per period: the area codes hidden in every linked indicator.
  const hidden = new Map<string, Set<string>>();
  const hiddenIn = (period: string) => {
    let set = hidden.get(period);
    if (!set) hidden.set(period, (set = new Set()));
    return set;
  };
  // Per indicator and period: code -> observation across the published levels.
  const cells = inputs.map((input) => {
    const byPeriod = new Map<string, Map<string, Observation>>();
    for (const level of publishedLevels) {
      for (const o of input.byLevel.get(level) ?? []) {
        let map = byPeriod.get(o.period);
        if (!map) byPeriod.set(o.period, (map = new Map()));
        map.set(o.code, o);
      }
    }
    return byPeriod;
  });

  if (threshold > 0) {
    inputs.forEach((input, i) => {
      for (const [period, byCode] of cells[i]!) for (const o of byCode.values()) if (isDisclosive(input.meta, o, threshold)) hiddenIn(period).add(o.code);
    });
    // Secondary: until no linked indicator needs another cell hidden.
    for (let changed = true; changed; ) {
      changed = false;
      inputs.forEach((input, i) => {
        if (!isAdditive(input.meta)) return;
        for (const [period, byCode] of cells[i]!) {
          const { added } = secondarySuppression(input.meta, groups, (code) => byCode.get(code), hiddenIn(period), threshold);
          if (added.length > 0 && inputs.length > 1) changed = true;
        }
      });
    }
  }

  return inputs.map((input) => {
    let primary = 0;
    let secondary = 0;
    const byLevel = new Map<string, Observation[]>();
    for (const level of publishedLevels) {
      const observations = input.byLevel.get(level);
      if (!observations) continue;
      byLevel.set(
        level,
        observations.map((o) => {
          if (o.status !== 'value' || !hidden.get(o.period)?.has(o.code)) return o;
          if (isDisclosive(input.meta, o, threshold)) primary++;
          else secondary++;
          return { ...o, value: null, status: 'suppressed' as const, numerator: null, denominator: null, lower: null, upper: null };
        }),
      );
    }
    return { byLevel, primary, secondary };
  });
}
