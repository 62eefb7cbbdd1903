/**
 * Static paths of the full tables (src/pages/[...tables]*): every page, CSV and JSON under the
 * configured prefix. The only module, with the pages it feeds, that reads `atlas.tables`.
 */
import { getAtlas } from './atlas.ts';
import { tablePagePath, tablePages, type TablePage } from '../pipeline/emit/tables/table-paths.ts';
import type { ProtectedTables } from '../pipeline/types.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export function getTables(): ProtectedTables {
  const tables = getAtlas().tables;
  if (!tables) throw new Error('the atlas has no full tables (runPipeline always makes them)');
  return tables;
}

/** Every HTML page under the prefix. */
export function getTablePagePaths() {
  const tables = getTables();
  return tablePages(tables).map((page) => ({ params: { tables: tablePagePath(tables.prefix, page) }, props: { page } }));
}

/** Every CSV under the prefix: the released file and each indicator table. */
export function getTableCsvPaths() {
  const tables = getTables();
  return tablePages(tables)
    .filter((page) => page.kind === 'released' || page.kind === 'indicator')
    .map((page) => ({ params: { tablesCsv: tablePagePath(tables.prefix, page) }, props: { page } }));
}

/** Every JSON under the prefix: each indicator table. */
export function getTableJsonPaths() {
  const tables = getTables();
  return tablePages(tables)
    .filter((page) => page.kind === 'indicator')
    .map((page) => ({ params: { tablesJson: tablePagePath(tables.prefix, page) }, props: { page } }));
}

/** Links into the full tables, for public pages (a URL is not data: the gateway guards what it leads to). */
export const tableUrls = {
  index: (prefix: string) => `${base}${tablePagePath(prefix, { kind: 'index' })}/`,
  dataset: (prefix: string, dataset: string) => `${base}${tablePagePath(prefix, { kind: 'dataset', dataset })}/`,
  page: (prefix: string, page: TablePage) => `${base}${tablePagePath(prefix, page)}/`,
  csv: (prefix: string, page: TablePage) => `${base}${tablePagePath(prefix, page)}.csv`,
  json: (prefix: string, page: TablePage) => `${base}${tablePagePath(prefix, page)}.json`,
  requestAccess: () => `${base}request-access/`,
};
