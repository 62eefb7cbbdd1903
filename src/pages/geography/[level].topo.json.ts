/** /geography/<level>.topo.json: the level's simplified TopoJSON, shared by every map of that level. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { getAtlas } from '../../lib/atlas.ts';
import type { Level } from '../../pipeline/types.ts';

export function getStaticPaths() {
  return getAtlas().levels.map((level) => ({ params: { level: level.id }, props: { level } }));
}

export const GET = (({ props }) => {
  const { level } = props as { level: Level };
  return new Response(readFileSync(level.topologyPath), { headers: { 'Content-Type': 'application/json' } });
}) satisfies APIRoute;
