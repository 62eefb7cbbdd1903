/**
 * Which indicators of a dataset must share one pattern of suppressed cells: those that publish the
 * same sensitive column of a wide file, e.g. a count and a rate with that count as its numerator.
 * With separate patterns, each would publish cells the other hid. Only counts and numerators
 * link: a denominator (a population, say) is not what suppression protects, and linking through
 * it would hide a population count wherever a share of that population is small. Long files keep
 * each indicator in its own rows (its `match:`), so there a column links only indicators that
 * also share the rows: breakdown variants (females, males) of one indicator, which must share its
 * pattern so that the total minus the other variants cannot give a hidden one back.
 *
 * Returns groups of indicator ids, each sorted, in the order of the first member.
 */
import type { DatasetMetadata, IndicatorMetadata } from '../validate/metadata-schema.ts';

export function linkedIndicators(metadata: Pick<DatasetMetadata, 'format'> & { indicators: Pick<IndicatorMetadata, 'id' | 'measure' | 'column' | 'numerator' | 'match'>[] }, ids: readonly string[]): string[][] {
  const wanted = metadata.indicators.filter((i) => ids.includes(i.id));
  const root = new Map(wanted.map((i) => [i.id, i.id]));
  const find = (id: string): string => {
    let r = id;
    while (root.get(r) !== r) r = root.get(r)!;
    return r;
  };
  const owner = new Map<string, string>();
  for (const indicator of wanted) {
    for (const column of sensitiveColumns(indicator)) {
      const key = metadata.format === 'long' ? `${indicator.match ?? ''}\u0000${column}` : column;
      const other = owner.get(key);
      if (other) root.set(find(indicator.id), find(other));
      else owner.set(key, indicator.id);
    }
  }
  const groups = new Map<string, string[]>();
  for (const indicator of wanted) {
    const key = find(indicator.id);
    groups.set(key, [...(groups.get(key) ?? []), indicator.id]);
  }
  return [...groups.values()].map((g) => g.sort());
}

/** The column whose small values the indicator's suppression protects. */
function sensitiveColumns(indicator: Pick<IndicatorMetadata, 'measure' | 'column' | 'numerator'>): string[] {
  // A long file's count is in its value column, which the indicator does not name.
  if (indicator.measure === 'count') return [indicator.column ?? '(value column)'];
  if (indicator.measure === 'percentage' || indicator.measure === 'rate') return indicator.numerator ? [indicator.numerator] : [];
  return [];
}
