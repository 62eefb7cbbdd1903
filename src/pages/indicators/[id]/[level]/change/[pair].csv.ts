/** /indicators/<id>/<level>/change/<from>-to-<to>.csv: exactly the rows of the change page's table. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../../../lib/atlas.ts';
import { getChangeViews } from '../../../../../lib/change-paths.ts';
import { changeCsv } from '../../../../../pipeline/emit/change-csv.ts';
import { changeView } from '../../../../../pipeline/emit/change-view.ts';
import type { Indicator } from '../../../../../pipeline/types.ts';

export const getStaticPaths = getChangeViews;

export const GET = (({ props }) => {
  const { indicator, level, from, to } = props as { indicator: Indicator; level: string; from: string; to: string };
  return new Response(changeCsv(changeView(getAtlas(), indicator, level, from, to)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}) satisfies APIRoute;
