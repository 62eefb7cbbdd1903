/**
 * What the browser needs to overlay any two indicators (embedded in /overlays/ and
 * /overlays/view/ as JSON): each indicator's format and the periods it has at each level, each
 * level's boundaries, and the featured pages that exist, so a chosen pair that was pre-rendered
 * opens as its full page. A few kilobytes: no values, which come from the per-indicator files.
 */
import type { Atlas } from '../pipeline/types.ts';
import { featuredOverlayViews, overlayIndicator } from '../pipeline/emit/overlay-pairs.ts';
import type { OverlayIndicator } from '../pipeline/emit/overlay-view.ts';
import { urls } from './urls.ts';

export interface OverlayCatalogue {
  indicators: (OverlayIndicator & { levels: Record<string, string[]> })[];
  levels: { id: string; name: string; plural: string; topologyUrl: string; object: string; codeProperty: string; nameProperty: string }[];
  defaultLevel: string | null;
  /** "x|y|level|period" -> page URL */
  featured: Record<string, string>;
}

export function overlayCatalogue(atlas: Atlas): OverlayCatalogue {
  return {
    indicators: atlas.indicators.map((i) => ({ ...overlayIndicator(i), levels: Object.fromEntries(i.levels.map((l) => [l.level, l.periods])) })),
    levels: atlas.levels.map((l) => ({ id: l.id, name: l.name, plural: l.plural, topologyUrl: urls.topology(l.id), object: l.object, codeProperty: l.codeProperty, nameProperty: l.nameProperty })),
    defaultLevel: atlas.config.defaultLevel ?? null,
    featured: Object.fromEntries(featuredOverlayViews(atlas).map((v) => [`${v.x.id}|${v.y.id}|${v.level}|${v.period}`, urls.overlay(v.x.id, v.y.id, v.level, v.period)])),
  };
}

/** JSON safe to put inside a <script> element (no "</script>" or "<!--" can close or confuse it). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
