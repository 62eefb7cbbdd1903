/**
 * The small per-indicator file a map needs: for each area code its class, status, the text its
 * tooltip shows and the published value (which the period slider and the overlay of any two
 * indicators read in the browser). Geometry is not repeated here: it comes from the level's
 * shared TopoJSON.
 */
import type { Status } from '../types.ts';
import { NO_VALUE_COLOUR, SUPPRESSED_COLOUR } from '../classify/palettes.ts';
import type { IndicatorView } from './indicator-view.ts';

export interface MapValues {
  colours: string[];
  noValueColour: string;
  suppressedColour: string;
  /** code -> [class index or null, status, display text, value rounded as published or null] */
  areas: Record<string, [number | null, Status, string, number | null]>;
  /** Present when the figures are approximate (a best-fit lookup), saying why. */
  note?: string;
}

export function mapValues(view: IndicatorView): MapValues {
  const areas: MapValues['areas'] = {};
  for (const row of view.rows) areas[row.code] = [row.classIndex, row.status, row.display, row.value];
  return { colours: view.colours, noValueColour: NO_VALUE_COLOUR, suppressedColour: SUPPRESSED_COLOUR, areas, ...(view.approximateNote ? { note: view.approximateNote } : {}) };
}
