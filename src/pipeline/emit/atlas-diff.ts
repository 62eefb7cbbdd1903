/**
 * What a change does to the atlas, for the reviewer of a pull request: datasets and indicators
 * added, removed or changed, with their rows, levels, periods and how many published cells
 * differ. Compares two Atlas objects (the base branch and the change); pure.
 */
import type { Atlas, Indicator } from '../types.ts';

export interface AtlasDiff {
  lines: string[];
  changed: boolean;
}

export function diffAtlases(before: Atlas | null, after: Atlas): AtlasDiff {
  const lines: string[] = [];
  const beforeDatasets = new Map(before?.datasets.map((d) => [d.id, d]) ?? []);
  const afterDatasets = new Map(after.datasets.map((d) => [d.id, d]));
  const beforeIndicators = new Map(before?.indicators.map((i) => [i.id, i]) ?? []);
  const afterIndicators = new Map(after.indicators.map((i) => [i.id, i]));

  for (const [id, dataset] of afterDatasets) {
    const old = beforeDatasets.get(id);
    if (!old) {
      lines.push(`+ dataset ${id} (${dataset.publisher}): ${dataset.rowCount} rows, levels ${dataset.levels.join(', ')}, periods ${dataset.periods.join(', ')}`);
      continue;
    }
    const notes: string[] = [];
    if (old.rowCount !== dataset.rowCount) notes.push(`rows ${old.rowCount} -> ${dataset.rowCount}`);
    notes.push(...setChange('periods', old.periods, dataset.periods), ...setChange('levels', old.levels, dataset.levels));
    for (const field of ['title', 'publisher', 'licence', 'releaseDate', 'nextUpdate', 'access'] as const) {
      if (old[field] !== dataset[field]) notes.push(`${field} "${old[field] ?? ''}" -> "${dataset[field] ?? ''}"`);
    }
    if (notes.length > 0) lines.push(`~ dataset ${id}: ${notes.join('; ')}`);
  }
  for (const [id, dataset] of beforeDatasets) if (!afterDatasets.has(id)) lines.push(`- dataset ${id} (${dataset.publisher})`);

  for (const [id, indicator] of afterIndicators) {
    const old = beforeIndicators.get(id);
    if (!old) {
      lines.push(`+ indicator ${id}: ${indicator.title} (${indicator.measure}), ${describeCoverage(indicator)}`);
      continue;
    }
    const notes: string[] = [];
    if (old.title !== indicator.title) notes.push(`title "${old.title}" -> "${indicator.title}"`);
    if (old.measure !== indicator.measure) notes.push(`measure ${old.measure} -> ${indicator.measure}`);
    notes.push(...setChange('levels', old.levels.map((l) => l.level), indicator.levels.map((l) => l.level)));
    const cells = changedCells(old, indicator);
    if (cells.changed + cells.added + cells.removed > 0) notes.push(`published cells: ${cells.changed} changed, ${cells.added} added, ${cells.removed} removed`);
    if (notes.length > 0) lines.push(`~ indicator ${id}: ${notes.join('; ')}`);
  }
  for (const [id, indicator] of beforeIndicators) if (!afterIndicators.has(id)) lines.push(`- indicator ${id}: ${indicator.title}`);

  const areaNotes = (before?.levels ?? []).flatMap((level) => {
    const now = after.levels.find((l) => l.id === level.id);
    return now && now.areas.length !== level.areas.length ? [`~ level ${level.id}: ${level.areas.length} -> ${now.areas.length} areas`] : [];
  });
  for (const level of after.levels) if (!before?.levels.some((l) => l.id === level.id)) areaNotes.push(`+ level ${level.id}: ${level.areas.length} areas`);
  lines.push(...areaNotes);
  return { lines, changed: lines.length > 0 };
}

function setChange(name: string, before: string[], after: string[]): string[] {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  return [...(added.length ? [`${name} added: ${added.join(', ')}`] : []), ...(removed.length ? [`${name} removed: ${removed.join(', ')}`] : [])];
}

function describeCoverage(indicator: Indicator): string {
  return indicator.levels.map((l) => `${l.level} (${l.periods.join(', ')})`).join('; ');
}

/** Counts published cells (value or status) that differ between two versions of an indicator. */
function changedCells(before: Indicator, after: Indicator): { changed: number; added: number; removed: number } {
  const key = (level: string, code: string, period: string) => `${level}\u0000${code}\u0000${period}`;
  const old = new Map<string, string>();
  for (const data of before.levels) for (const o of data.observations) old.set(key(data.level, o.code, o.period), `${o.value}|${o.status}`);
  let changed = 0;
  let added = 0;
  const seen = new Set<string>();
  for (const data of after.levels) {
    for (const o of data.observations) {
      const k = key(data.level, o.code, o.period);
      seen.add(k);
      const was = old.get(k);
      if (was === undefined) added++;
      else if (was !== `${o.value}|${o.status}`) changed++;
    }
  }
  return { changed, added, removed: [...old.keys()].filter((k) => !seen.has(k)).length };
}
