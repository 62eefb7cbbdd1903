/** One indicator at one level of the full tables as JSON, for partners' own tools. */
import type { TableIndicator } from '../../types.ts';
import type { IndicatorTableRow } from './indicator-table.ts';

export function indicatorTableJson(indicator: TableIndicator, level: string, rows: IndicatorTableRow[]): string {
  return JSON.stringify({
    indicator: indicator.id,
    title: indicator.title,
    measure: indicator.measure,
    per: indicator.per ?? null,
    level,
    access: indicator.access,
    rows: rows.map((r) => ({ code: r.code, name: r.name, period: r.period, value: r.value, numerator: r.numerator, denominator: r.denominator, lower: r.lower, upper: r.upper, status: r.status, source: r.source })),
  });
}
