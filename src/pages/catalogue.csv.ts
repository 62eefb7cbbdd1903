/** /catalogue.csv: the catalogue table as CSV. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../lib/atlas.ts';
import { catalogueEntries } from '../pipeline/emit/catalogue.ts';
import { toCsv } from '../pipeline/emit/csv.ts';

export const GET = (() => {
  const entries = catalogueEntries(getAtlas());
  const csv = toCsv(
    ['dataset_id', 'title', 'publisher', 'contact_name', 'contact_email', 'levels', 'periods', 'indicators', 'licence', 'release_date', 'next_update', 'source_url', 'access'],
    entries.map((e) => [e.id, e.title, e.publisher, e.contact_name, e.contact_email, e.levels.join('; '), e.periods.join('; '), e.indicators.map((i) => i.id).join('; '), e.licence, e.release_date, e.next_update, e.source_url, e.access]),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}) satisfies APIRoute;
