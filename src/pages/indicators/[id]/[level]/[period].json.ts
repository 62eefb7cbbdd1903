/** /indicators/<id>/<level>/<period>.json: what the map paints, by area code. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../../lib/atlas.ts';
import { getIndicatorViews } from '../../../../lib/indicator-paths.ts';
import { indicatorView } from '../../../../pipeline/emit/indicator-view.ts';
import { mapValues } from '../../../../pipeline/emit/map-values.ts';
import type { Indicator } from '../../../../pipeline/types.ts';

export const getStaticPaths = getIndicatorViews;

export const GET = (({ props }) => {
  const { indicator, level, period } = props as { indicator: Indicator; level: string; period: string };
  return new Response(JSON.stringify(mapValues(indicatorView(getAtlas(), indicator, level, period))), { headers: { 'Content-Type': 'application/json' } });
}) satisfies APIRoute;
