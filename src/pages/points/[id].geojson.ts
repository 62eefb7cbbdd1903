/** /points/<id>.geojson: a point dataset's places, which its map layer draws. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/atlas.ts';
import { pointsGeoJson } from '../../pipeline/emit/points-geojson.ts';
import type { PointLayer } from '../../pipeline/types.ts';

export function getStaticPaths() {
  return getAtlas().pointLayers.map((layer) => ({ params: { id: layer.id }, props: { layer } }));
}

export const GET = (({ props }) => {
  const { layer } = props as { layer: PointLayer };
  return new Response(JSON.stringify(pointsGeoJson(layer)), { headers: { 'Content-Type': 'application/geo+json' } });
}) satisfies APIRoute;
