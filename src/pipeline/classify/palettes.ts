/**
 * Colour-blind-safe sequential palettes (ColorBrewer YlGnBu, as published in d3-scale-chromatic):
 * darker always means a higher value, whatever the polarity, and the legend says whether higher
 * is better or worse. Areas without a value use colours outside the palette and are named in the
 * legend: suppressed areas are hatched, other statuses a flat grey.
 */
import { schemeYlGnBu } from 'd3-scale-chromatic';

export const NO_VALUE_COLOUR = '#d4d4d4';
export const SUPPRESSED_COLOUR = '#9e9e9e';

export function paletteFor(classCount: number): string[] {
  const k = Math.max(3, Math.min(9, classCount));
  const scheme = schemeYlGnBu[k] as readonly string[];
  // For fewer than 3 classes, take the ends of the 3-class palette.
  if (classCount === 1) return [scheme[1]!];
  if (classCount === 2) return [scheme[0]!, scheme[2]!];
  return [...scheme];
}
