/** /indicators/<id>/<level>/<period>.csv: exactly the rows the indicator page's table shows. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../../lib/atlas.ts';
import { getIndicatorViews } from '../../../../lib/indicator-paths.ts';
import { indicatorView } from '../../../../pipeline/emit/indicator-view.ts';
import { indicatorCsv } from '../../../../pipeline/emit/indicator-csv.ts';
import type { Indicator } from '../../../../pipeline/types.ts';

export const getStaticPaths = getIndicatorViews;

export const GET = (({ props }) => {
  const { indicator, level, period } = props as { indicator: Indicator; level: string; period: string };
  const csv = indicatorCsv(indicatorView(getAtlas(), indicator, level, period));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}) satisfies APIRoute;
