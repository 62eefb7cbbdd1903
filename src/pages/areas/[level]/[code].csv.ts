/** /areas/<level>/<code>.csv: exactly the rows of the area's profile table, with its intervals and comparisons. */
import type { APIRoute } from 'astro';
import { getAreaPaths } from '../../../lib/area-paths.ts';
import { getAtlas } from '../../../lib/atlas.ts';
import { areaCsv } from '../../../pipeline/emit/area-csv.ts';
import { areaProfile } from '../../../pipeline/emit/area-profile.ts';
import type { Area } from '../../../pipeline/types.ts';

export const getStaticPaths = getAreaPaths;

export const GET = (({ props }) => {
  const { area } = props as { area: Area };
  return new Response(areaCsv(areaProfile(getAtlas(), area)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}) satisfies APIRoute;
