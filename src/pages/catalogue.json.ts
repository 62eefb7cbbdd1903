/** /catalogue.json: the catalogue, machine-readable. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../lib/atlas.ts';
import { catalogueEntries } from '../pipeline/emit/catalogue.ts';

export const GET = (() => {
  const atlas = getAtlas();
  return new Response(JSON.stringify({ atlas: atlas.config.title, datasets: catalogueEntries(atlas) }, null, 2), { headers: { 'Content-Type': 'application/json' } });
}) satisfies APIRoute;
