/**
 * runPipeline(root) -> Atlas: the one object the pages read.
 *
 *   read config + levels -> read datasets -> normalise to observations -> aggregate up levels
 *   -> disclosure control -> join report -> Atlas
 *
 * Every stage is pure apart from reading files; problems from all datasets are gathered and
 * thrown together, so one run tells a contributor everything that is wrong.
 */
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readAtlasConfig } from './read/read-atlas-config.ts';
import { readDataset } from './read/read-dataset.ts';
import { readLevels } from './geography/read-levels.ts';
import { tableToObservations } from './normalise/table-to-observations.ts';
import { renderMarkdown } from './normalise/render-markdown.ts';
import { aggregateUp } from './convert/aggregate-up.ts';
import { suppressSmallCounts } from './disclose/suppress-small-counts.ts';
import { joinReport } from './join/join-report.ts';
import { ProblemList } from './validate/atlas-error.ts';
import type { Area, Atlas, Dataset, Indicator, IndicatorLevelData, Observation } from './types.ts';

export function runPipeline(root: string): Atlas {
  const config = readAtlasConfig(root);
  const levels = readLevels(root);
  const codeIndex = new Map<string, Area>();
  for (const level of levels) for (const area of level.areas) codeIndex.set(area.code, area);

  const problems = new ProblemList();
  const datasets: Dataset[] = [];
  const indicators: Indicator[] = [];
  const indicatorOwner = new Map<string, string>();
  let suppressedCells = 0;
  const rowsWithoutArea: Atlas['report']['rowsWithoutArea'] = [];

  for (const folderName of listDatasetFolders(root)) {
    const { dataset: source, problems: readProblems } = readDataset(root, folderName, config.readOnlyDataDirs);
    readProblems.forEach((p) => problems.add(p));
    if (!source) continue;
    const { indicators: normalised, unmatched, problems: rowProblems } = tableToObservations(source, codeIndex);
    rowProblems.forEach((p) => problems.add(p));
    if (unmatched.count > 0) rowsWithoutArea.push({ dataset: source.id, file: source.dataFile, ...unmatched });
    if (rowProblems.length > 0 || readProblems.length > 0) continue;

    const meta = source.metadata;
    if (meta.area.level && !levels.some((l) => l.id === meta.area.level)) {
      problems.add({ file: source.metadataFile, line: source.yaml.lineOf(['area', 'level']), message: `level "${meta.area.level}" is not defined`, fix: `Use one of: ${levels.map((l) => l.id).join(', ')}.` });
      continue;
    }
    const threshold = meta.disclosure?.threshold ?? config.disclosureThreshold;
    const datasetIndicators: Indicator[] = [];
    for (const { meta: indicatorMeta, byLevel } of normalised) {
      const owner = indicatorOwner.get(indicatorMeta.id);
      if (owner) {
        problems.add({ file: source.metadataFile, message: `indicator id "${indicatorMeta.id}" is already used by dataset "${owner}"`, fix: 'Indicator ids must be unique across the atlas; add a prefix.' });
        continue;
      }
      indicatorOwner.set(indicatorMeta.id, source.id);
      const aggregated = aggregateUp(indicatorMeta, byLevel, levels);
      const levelData: IndicatorLevelData[] = [];
      for (const level of levels) {
        const raw = aggregated.byLevel.get(level.id);
        if (!raw || raw.length === 0) continue;
        const { observations, suppressed } = suppressSmallCounts(indicatorMeta, raw, threshold);
        suppressedCells += suppressed;
        const sorted = observations.sort(byCodeThenPeriod);
        levelData.push({ level: level.id, periods: [...new Set(sorted.map((o) => o.period))].sort(), observations: sorted, aggregated: aggregated.aggregatedLevels.includes(level.id) });
      }
      datasetIndicators.push({ ...indicatorMeta, levels: levelData, notAggregatedReason: aggregated.notAggregatedReason });
    }
    // Protected datasets are validated like any other but never reach public pages; the
    // registered-partner tables that show them are built separately.
    if (meta.access === 'protected') continue;
    indicators.push(...datasetIndicators);
    datasets.push({
      id: source.id,
      title: meta.title,
      description: meta.description,
      publisher: meta.publisher,
      contact: meta.contact,
      sourceUrl: meta.source_url,
      licence: meta.licence,
      attribution: meta.attribution,
      releaseDate: meta.release_date,
      nextUpdate: meta.next_update,
      methodologyHtml: meta.methodology ? renderMarkdown(meta.methodology) : undefined,
      access: meta.access,
      disclosureThreshold: threshold,
      file: source.dataFile,
      indicators: datasetIndicators.map((i) => i.id),
      levels: levels.filter((l) => datasetIndicators.some((i) => i.levels.some((d) => d.level === l.id))).map((l) => l.id),
      periods: [...new Set(datasetIndicators.flatMap((i) => i.levels.flatMap((d) => d.periods)))].sort(),
      rowCount: source.table.rows.length,
    });
  }
  problems.throwIfAny();
  datasets.sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  indicators.sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  return { root, config, levels, datasets, indicators, report: { joins: joinReport(indicators, levels), rowsWithoutArea, suppressedCells } };
}

function listDatasetFolders(root: string): string[] {
  const dir = join(root, 'datasets');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort();
}

function byCodeThenPeriod(a: Observation, b: Observation): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
}
