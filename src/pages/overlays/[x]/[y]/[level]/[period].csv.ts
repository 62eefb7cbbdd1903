/** /overlays/<x>/<y>/<level>/<period>.csv: both values, statuses and the bivariate class per area. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../../../lib/atlas.ts';
import { getOverlayPaths } from '../../../../../lib/overlay-paths.ts';
import { overlayCsv } from '../../../../../pipeline/emit/overlay-csv.ts';
import { overlayInputFromAtlas } from '../../../../../pipeline/emit/overlay-pairs.ts';
import { overlayView } from '../../../../../pipeline/emit/overlay-view.ts';
import type { Indicator } from '../../../../../pipeline/types.ts';

export const getStaticPaths = getOverlayPaths;

export const GET = (({ props }) => {
  const { x, y, level, period } = props as { x: Indicator; y: Indicator; level: string; period: string };
  return new Response(overlayCsv(overlayView(overlayInputFromAtlas(getAtlas(), x, y, level, period))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}) satisfies APIRoute;
