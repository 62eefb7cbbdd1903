/** Every (indicator, level, period) view, as Astro static paths; shared by the page, CSV and values routes. */
import { getAtlas } from './atlas.ts';
import { periodKey } from '../pipeline/emit/period-key.ts';

export function getIndicatorViews() {
  const atlas = getAtlas();
  return atlas.indicators.flatMap((indicator) =>
    indicator.levels.flatMap((data) =>
      data.periods.map((period) => ({
        params: { id: indicator.id, level: data.level, period: periodKey(period) },
        props: { indicator, level: data.level, period },
      })),
    ),
  );
}
