/** <tables prefix>.../<indicator>/<level>.json: one full table as JSON (protected). */
import type { APIRoute } from 'astro';
import { getAtlas } from '../lib/atlas.ts';
import { getTableJsonPaths, getTables } from '../lib/table-paths.ts';
import { indicatorTableRows } from '../pipeline/emit/tables/indicator-table.ts';
import { indicatorTableJson } from '../pipeline/emit/tables/indicator-table-json.ts';
import type { TablePage } from '../pipeline/emit/tables/table-paths.ts';

export const getStaticPaths = getTableJsonPaths;

export const GET = (({ props }) => {
  const page = props.page as Extract<TablePage, { kind: 'indicator' }>;
  const table = getTables().datasets.find((t) => t.dataset.id === page.dataset)!;
  const indicator = table.indicators.find((i) => i.id === page.indicator)!;
  const level = getAtlas().levels.find((l) => l.id === page.level)!;
  return new Response(indicatorTableJson(indicator, level.id, indicatorTableRows(indicator, level)), { headers: { 'Content-Type': 'application/json' } });
}) satisfies APIRoute;
