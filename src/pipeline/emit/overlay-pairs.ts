/**
 * Which overlays the site offers. Any two indicators can be overlaid at a level and period they
 * share. Featured pairs (atlas.config.yaml `featured_overlays:`) are pre-rendered at each level
 * and period they share: full pages, CSVs, readable without JavaScript. Every other pair is
 * built in the browser by the same pure overlayView() from the per-indicator values files the
 * maps already use (/indicators/<id>/<level>/<period>.json).
 *
 * Why not pre-render every pair: pairs grow with the square of the indicators. The example
 * atlas (11 public indicators) would need 586 more pages and as many CSVs (each ordered pair at
 * each level and period both have; measured), more than it has indicator pages; a partnership
 * atlas of 100 indicators at three levels and five periods would need about 150,000, each
 * carrying a table of every area. The values files grow linearly and are already built, so
 * arbitrary pairs cost the build nothing, and a chosen pair still gets a shareable URL.
 */
import type { Atlas, FeaturedOverlay, Indicator } from '../types.ts';
import { indicatorView } from './indicator-view.ts';
import type { OverlayCell, OverlayIndicator, OverlayInput } from './overlay-view.ts';

export interface SharedLevel {
  level: string;
  /** Periods both indicators have at this level, ascending. */
  periods: string[];
}

/** Levels (in the atlas's order) and periods at which both indicators have data. */
export function sharedLevels(atlas: Atlas, x: Indicator, y: Indicator): SharedLevel[] {
  return atlas.levels.flatMap((level) => {
    const xPeriods = x.levels.find((l) => l.level === level.id)?.periods ?? [];
    const yPeriods = new Set(y.levels.find((l) => l.level === level.id)?.periods ?? []);
    const periods = xPeriods.filter((p) => yPeriods.has(p));
    return periods.length > 0 ? [{ level: level.id, periods }] : [];
  });
}

/** The view a pair opens at: the wanted level and period when shared, else the atlas default level, else the first; the latest period. */
export function defaultOverlayView(atlas: Atlas, shared: SharedLevel[], wanted: { level?: string | undefined; period?: string | undefined } = {}): { level: string; period: string } | null {
  const level = shared.find((s) => s.level === wanted.level) ?? shared.find((s) => s.level === atlas.config.defaultLevel) ?? shared[0];
  if (!level) return null;
  return { level: level.level, period: wanted.period && level.periods.includes(wanted.period) ? wanted.period : level.periods.at(-1)! };
}

export interface FeaturedPair {
  featured: FeaturedOverlay;
  x: Indicator;
  y: Indicator;
  shared: SharedLevel[];
  /** Where its link on the home and overlay pages goes. */
  opensAt: { level: string; period: string };
  title: string;
}

/** Featured overlays that name two published indicators sharing a level (the build checks this: check-featured-overlays.ts). */
export function featuredPairs(atlas: Atlas): FeaturedPair[] {
  return atlas.config.featuredOverlays.flatMap((featured) => {
    const x = atlas.indicators.find((i) => i.id === featured.x);
    const y = atlas.indicators.find((i) => i.id === featured.y);
    if (!x || !y || x === y) return [];
    const shared = sharedLevels(atlas, x, y);
    const opensAt = defaultOverlayView(atlas, shared, featured);
    return opensAt ? [{ featured, x, y, shared, opensAt, title: featured.title ?? `${x.title} and ${y.title}` }] : [];
  });
}

/** Every (featured pair, level, period) page, without duplicates. */
export function featuredOverlayViews(atlas: Atlas): { x: Indicator; y: Indicator; level: string; period: string }[] {
  const seen = new Set<string>();
  return featuredPairs(atlas).flatMap(({ x, y, shared }) =>
    shared.flatMap(({ level, periods }) =>
      periods.flatMap((period) => {
        const key = `${x.id}|${y.id}|${level}|${period}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ x, y, level, period }];
      }),
    ),
  );
}

export function overlayIndicator(indicator: Indicator): OverlayIndicator {
  const { id, title, measure, unit, per, decimals, polarity } = indicator;
  return { id, title, measure, unit, per, decimals, polarity };
}

/** The overlay input for two indicators of the atlas, from the same rows their own pages show. */
export function overlayInputFromAtlas(atlas: Atlas, x: Indicator, y: Indicator, levelId: string, period: string): OverlayInput {
  const level = atlas.levels.find((l) => l.id === levelId)!;
  const cells = (indicator: Indicator) => new Map<string, OverlayCell>(indicatorView(atlas, indicator, levelId, period).rows.map((r) => [r.code, { value: r.value, status: r.status, display: r.display }]));
  return {
    x: overlayIndicator(x),
    y: overlayIndicator(y),
    level: { id: level.id, name: level.name, plural: level.plural },
    period,
    areas: level.areas.map((a) => ({ code: a.code, name: a.name })),
    xValues: cells(x),
    yValues: cells(y),
  };
}
