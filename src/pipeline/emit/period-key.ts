/**
 * Periods as publishers write them ("2021/22", "Q1 2023") become URL segments and file names,
 * so they are reduced to letters, digits and hyphens: "2021/22" -> "2021-22".
 */
export function periodKey(period: string): string {
  return period.trim().replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'period';
}
