/** /indicators/<id>/<level>/change/<from>-to-<to>.json: what the change map paints, by area code. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../../../lib/atlas.ts';
import { getChangeViews } from '../../../../../lib/change-paths.ts';
import { changeMapValues } from '../../../../../pipeline/emit/change-map-values.ts';
import { changeView } from '../../../../../pipeline/emit/change-view.ts';
import type { Indicator } from '../../../../../pipeline/types.ts';

export const getStaticPaths = getChangeViews;

export const GET = (({ props }) => {
  const { indicator, level, from, to } = props as { indicator: Indicator; level: string; from: string; to: string };
  return new Response(JSON.stringify(changeMapValues(changeView(getAtlas(), indicator, level, from, to))), { headers: { 'Content-Type': 'application/json' } });
}) satisfies APIRoute;
