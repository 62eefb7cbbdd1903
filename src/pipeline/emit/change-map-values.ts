/** A change view as the values file the choropleth reads (same format as map-values.ts). */
import { NO_VALUE_COLOUR, SUPPRESSED_COLOUR } from '../classify/palettes.ts';
import type { ChangeView } from './change-view.ts';
import type { MapValues } from './map-values.ts';

export function changeMapValues(view: ChangeView): MapValues {
  const areas: MapValues['areas'] = {};
  for (const row of view.rows) areas[row.code] = [row.classIndex, row.status, row.display, row.difference];
  return { colours: view.colours, noValueColour: NO_VALUE_COLOUR, suppressedColour: SUPPRESSED_COLOUR, areas };
}
