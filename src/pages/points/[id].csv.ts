/** /points/<id>.csv: the table of a point dataset's places. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/atlas.ts';
import { pointsCsv } from '../../pipeline/emit/points-csv.ts';
import type { PointLayer } from '../../pipeline/types.ts';

export function getStaticPaths() {
  return getAtlas().pointLayers.map((layer) => ({ params: { id: layer.id }, props: { layer } }));
}

export const GET = (({ props }) => {
  const { layer } = props as { layer: PointLayer };
  return new Response(pointsCsv(layer), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}) satisfies APIRoute;
