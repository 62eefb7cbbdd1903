/**
 * The CSV of an area's profile: exactly the rows of its table, with the 95% interval, the parent
 * and whole-atlas values and both comparisons as the page shows them ("Worse (99.8%)").
 */
import { STATUS_CODES } from '../normalise/status-labels.ts';
import type { AreaProfile } from './area-profile.ts';
import { toCsv } from './csv.ts';

export function areaCsv(profile: AreaProfile): string {
  const { area, parent } = profile;
  return toCsv(
    ['area_code', 'area_name', 'level', 'indicator', 'indicator_title', 'period', 'value', 'status', 'lower_95', 'upper_95', 'parent_code', 'parent_value', 'compared_with_parent', 'atlas_value', 'compared_with_atlas'],
    profile.rows.map((row) => [
      area.code,
      area.name,
      area.level,
      row.indicatorId,
      row.indicatorTitle,
      row.period,
      row.value,
      STATUS_CODES[row.status],
      row.interval?.lower,
      row.interval?.upper,
      parent?.code,
      row.parentValue,
      row.vsParent?.label,
      row.atlasValue,
      row.vsAtlas.label,
    ]),
  );
}
