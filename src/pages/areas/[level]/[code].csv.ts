/** /areas/<level>/<code>.csv: exactly the rows of the area's profile table. */
import type { APIRoute } from 'astro';
import { getAreaPaths } from '../../../lib/area-paths.ts';
import { getAtlas } from '../../../lib/atlas.ts';
import { areaProfile } from '../../../pipeline/emit/area-profile.ts';
import { toCsv } from '../../../pipeline/emit/csv.ts';
import { STATUS_CODES } from '../../../pipeline/normalise/status-labels.ts';
import type { Area } from '../../../pipeline/types.ts';

export const getStaticPaths = getAreaPaths;

export const GET = (({ props }) => {
  const { area } = props as { area: Area };
  const profile = areaProfile(getAtlas(), area);
  const csv = toCsv(
    ['area_code', 'area_name', 'level', 'indicator', 'indicator_title', 'period', 'value', 'status'],
    profile.rows.map((row) => [area.code, area.name, area.level, row.indicatorId, row.indicatorTitle, row.period, row.value, STATUS_CODES[row.status]]),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}) satisfies APIRoute;
