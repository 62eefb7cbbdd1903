/** <tables prefix>.../released.csv and .../<indicator>/<level>.csv: the full tables as CSV (protected). */
import type { APIRoute } from 'astro';
import { getAtlas } from '../lib/atlas.ts';
import { getTableCsvPaths, getTables } from '../lib/table-paths.ts';
import { indicatorTableRows } from '../pipeline/emit/tables/indicator-table.ts';
import { indicatorTableCsv, releasedFileCsv } from '../pipeline/emit/tables/table-csv.ts';
import type { TablePage } from '../pipeline/emit/tables/table-paths.ts';

export const getStaticPaths = getTableCsvPaths;

export const GET = (({ props }) => {
  const page = props.page as TablePage;
  const table = getTables().datasets.find((t) => page.kind !== 'index' && t.dataset.id === page.dataset)!;
  let csv: string;
  if (page.kind === 'indicator') {
    const indicator = table.indicators.find((i) => i.id === page.indicator)!;
    const level = getAtlas().levels.find((l) => l.id === page.level)!;
    csv = indicatorTableCsv(indicator, level.id, indicatorTableRows(indicator, level));
  } else csv = releasedFileCsv(table);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}) satisfies APIRoute;
