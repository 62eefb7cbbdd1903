/**
 * Splits one dataset into its two tiers, each after its own disclosure control:
 *
 *   - public: the indicators and levels the metadata does not protect, with small counts and
 *     anything that would give them back suppressed (threshold: the dataset's or the atlas's, 5);
 *   - full tables: every indicator at every level, for registered partners behind the gateway
 *     (threshold: `protected_threshold`, 0 by default, so partners see every figure).
 *
 * Works on indicators whose observations are aggregated but not yet suppressed.
 */
import type { Indicator, IndicatorLevelData, Level, Observation, TableIndicator } from '../types.ts';
import type { DatasetMetadata } from '../validate/metadata-schema.ts';
import { discloseLinked } from './disclose-linked.ts';
import { linkedIndicators } from './linked-indicators.ts';

export interface DatasetTiers {
  /** Indicators for the public pages: public ones only, at public levels only (none for a protected dataset). */
  public: Indicator[];
  /** Every indicator at every level, for the full tables. */
  tables: TableIndicator[];
  /** Public cells suppressed, primary and secondary. */
  primary: number;
  secondary: number;
}

export function discloseDataset(
  metadata: Pick<DatasetMetadata, 'access' | 'format' | 'protected_levels' | 'indicators'>,
  indicators: Indicator[],
  levels: Level[],
  thresholds: { public: number; protected: number },
): DatasetTiers {
  const publicLevels = levels.map((l) => l.id).filter((id) => !metadata.protected_levels.includes(id));
  const accessOf = (id: string) => (metadata.access === 'protected' ? 'protected' : (metadata.indicators.find((i) => i.id === id)?.access ?? 'public'));
  const publicIds = indicators.filter((i) => accessOf(i.id) === 'public').map((i) => i.id);

  const tier = (ids: string[], published: string[], threshold: number) => {
    const out = new Map<string, { indicator: Indicator; primary: number; secondary: number }>();
    for (const group of linkedIndicators(metadata, ids)) {
      const members = group.map((id) => indicators.find((i) => i.id === id)!);
      const results = discloseLinked(members.map((m) => ({ meta: m, byLevel: new Map(m.levels.map((d) => [d.level, d.observations])) })), levels, published, threshold);
      members.forEach((m, i) => out.set(m.id, { indicator: withLevels(m, results[i]!.byLevel, levels), primary: results[i]!.primary, secondary: results[i]!.secondary }));
    }
    return out;
  };

  const pub = tier(publicIds, publicLevels, thresholds.public);
  const full = tier(indicators.map((i) => i.id), levels.map((l) => l.id), thresholds.protected);
  let primary = 0;
  let secondary = 0;
  for (const r of pub.values()) {
    primary += r.primary;
    secondary += r.secondary;
  }
  return {
    // Keep the dataset's order; drop indicators left with no public level.
    public: indicators.map((i) => pub.get(i.id)?.indicator).filter((i): i is Indicator => i !== undefined && i.levels.length > 0),
    tables: indicators.map((i) => {
      const publicLevelsOf = pub.get(i.id)?.indicator.levels.map((d) => d.level) ?? [];
      return { ...full.get(i.id)!.indicator, access: accessOf(i.id), publicLevels: publicLevelsOf };
    }),
    primary,
    secondary,
  };
}

function withLevels(indicator: Indicator, byLevel: Map<string, Observation[]>, levels: Level[]): Indicator {
  const data: IndicatorLevelData[] = [];
  for (const level of levels) {
    const observations = byLevel.get(level.id);
    const before = indicator.levels.find((d) => d.level === level.id);
    if (!observations || observations.length === 0 || !before) continue;
    data.push({ ...before, observations });
  }
  return { ...indicator, levels: data };
}
