/**
 * Which change views the site builds, as Astro static paths shared by the change page, its CSV
 * and its values file. Not every pair of periods: each period to the latest, and each period to
 * the next. That is every pair when there are three periods, and grows linearly, not
 * quadratically, with more.
 */
import { getAtlas } from './atlas.ts';
import { changeKey } from '../pipeline/emit/change-key.ts';

/** Pairs [from, to] of sorted periods: latest "to" first, then earliest "from" first. */
export function changePairs(periods: string[]): [string, string][] {
  const latest = periods.at(-1);
  if (!latest || periods.length < 2) return [];
  const pairs = new Map<string, [string, string]>();
  for (const from of periods.slice(0, -1)) pairs.set(changeKey(from, latest), [from, latest]);
  for (let i = 0; i + 1 < periods.length; i++) pairs.set(changeKey(periods[i]!, periods[i + 1]!), [periods[i]!, periods[i + 1]!]);
  return [...pairs.values()].sort((a, b) => (a[1] === b[1] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? 1 : -1));
}

export function getChangeViews() {
  return getAtlas().indicators.flatMap((indicator) =>
    indicator.levels.flatMap((data) =>
      changePairs(data.periods).map(([from, to]) => ({
        params: { id: indicator.id, level: data.level, pair: changeKey(from, to) },
        props: { indicator, level: data.level, from, to },
      })),
    ),
  );
}
