/**
 * Where each full table lives under the tables prefix, as path segments (no leading or trailing
 * slash), shared by the pages, the CSV and JSON endpoints and the gateway tests:
 *
 *   <prefix>                                  index of every dataset's tables
 *   <prefix><dataset>/                        one dataset: what its tables hold
 *   <prefix><dataset>/released/  + .csv       the publisher's file as released, every column
 *   <prefix><dataset>/<indicator>/<level>/ + .csv + .json
 *                                             one indicator at one level, every period, with
 *                                             numerators, denominators, limits and statuses
 */
import type { ProtectedTables } from '../../types.ts';

export type TablePage =
  | { kind: 'index' }
  | { kind: 'dataset'; dataset: string }
  | { kind: 'released'; dataset: string }
  | { kind: 'indicator'; dataset: string; indicator: string; level: string };

/** The prefix as a route parameter: `/partners/tables/` -> `partners/tables`. */
export function prefixSegments(prefix: string): string {
  return prefix.replace(/^\/+|\/+$/g, '');
}

/** The path of a page (without slashes at the ends) under the prefix. */
export function tablePagePath(prefix: string, page: TablePage): string {
  const base = prefixSegments(prefix);
  switch (page.kind) {
    case 'index':
      return base;
    case 'dataset':
      return `${base}/${page.dataset}`;
    case 'released':
      return `${base}/${page.dataset}/released`;
    case 'indicator':
      return `${base}/${page.dataset}/${page.indicator}/${page.level}`;
  }
}

/** Every page of the full tables, in a fixed order. */
export function tablePages(tables: ProtectedTables): TablePage[] {
  const pages: TablePage[] = [{ kind: 'index' }];
  for (const { dataset, indicators } of tables.datasets) {
    pages.push({ kind: 'dataset', dataset: dataset.id }, { kind: 'released', dataset: dataset.id });
    for (const indicator of indicators) for (const data of indicator.levels) pages.push({ kind: 'indicator', dataset: dataset.id, indicator: indicator.id, level: data.level });
  }
  return pages;
}
