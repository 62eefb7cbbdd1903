/**
 * runPipeline(root) -> Atlas: the one object the pages read.
 *
 *   read config + levels -> read datasets -> normalise to observations -> aggregate up levels
 *   -> disclosure control -> join report -> Atlas
 *
 * Every stage is pure apart from reading files; problems from all datasets are gathered and
 * thrown together, so one run tells a contributor everything that is wrong.
 */
import { publicationOf } from './normalise/publication.ts';
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readAtlasConfig } from './read/read-atlas-config.ts';
import { readDataset } from './read/read-dataset.ts';
import { isPointDataset, readPointLayer } from './read/read-point-layer.ts';
import { readLevels } from './geography/read-levels.ts';
import { tableToObservations } from './normalise/table-to-observations.ts';
import { aggregateUp } from './convert/aggregate-up.ts';
import { aggregateBuildingBlocks } from './convert/aggregate-building-blocks.ts';
import { convertPostcodeDataset } from './convert/convert-postcode-dataset.ts';
import type { PostcodeConversionSummary } from './convert/postcode-report.ts';
import { atlasTotal } from './convert/atlas-total.ts';
import { suppressAtlasTotal } from './disclose/suppress-atlas-total.ts';
import { discloseDataset } from './disclose/disclose-dataset.ts';
import { joinReport } from './join/join-report.ts';
import { ProblemList } from './validate/atlas-error.ts';
import { checkFeaturedOverlays } from './validate/check-featured-overlays.ts';
import { checkProtectedLevels } from './validate/check-protected-levels.ts';
import type { Area, Atlas, Dataset, Indicator, IndicatorLevelData, Observation, PointLayer, TableDataset } from './types.ts';

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
  const suppression = { primary: 0, secondary: 0 };
  const tables: TableDataset[] = [];
  const rowsWithoutArea: Atlas['report']['rowsWithoutArea'] = [];
  const postcodeReports: PostcodeConversionSummary[] = [];

  const pointLayers: PointLayer[] = [];
  for (const folderName of listDatasetFolders(root)) {
    // Places (`kind: points`) are not area statistics: they become a map layer, not indicators.
    if (isPointDataset(root, folderName)) {
      const { layer, problems: pointProblems } = readPointLayer(root, folderName, config.readOnlyDataDirs);
      pointProblems.forEach((p) => problems.add(p));
      if (layer?.access === 'public') pointLayers.push(layer);
      continue;
    }
    const { dataset: asRead, problems: readProblems } = readDataset(root, folderName, config.readOnlyDataDirs);
    readProblems.forEach((p) => problems.add(p));
    if (!asRead) continue;
    // Postcode data becomes counts per area here: nothing below (pages, CSVs, full tables) sees a postcode.
    const postcodes = convertPostcodeDataset(root, asRead, levels, config.readOnlyDataDirs);
    postcodes.problems.forEach((p) => problems.add(p));
    const source = postcodes.source;
    if (!source) continue;
    // An unknown level would otherwise show up as a wrong-level error on every row.
    const pinned = source.metadata.area.level;
    if (pinned && !levels.some((l) => l.id === pinned)) {
      problems.add({ file: source.metadataFile, line: source.yaml.lineOf(['area', 'level']), message: `level "${pinned}" is not defined`, fix: `Use one of: ${levels.map((l) => l.id).join(', ')}.` });
      continue;
    }
    const { indicators: normalised, unmatched, problems: rowProblems } = tableToObservations(source, codeIndex);
    rowProblems.forEach((p) => problems.add(p));
    // A protected dataset's rows stay out of the public report: only how many were left out.
    if (unmatched.count > 0) rowsWithoutArea.push({ dataset: source.id, file: source.dataFile, ...unmatched, ...(source.metadata.access === 'protected' ? { examples: [] } : {}) });
    if (rowProblems.length > 0 || readProblems.length > 0) continue;

    const meta = source.metadata;
    if (postcodes.summary && meta.access === 'public') postcodeReports.push(postcodes.summary);
    const levelProblems = checkProtectedLevels(source, levels);
    levelProblems.forEach((p) => problems.add(p));
    if (levelProblems.length > 0) continue;
    const threshold = meta.disclosure?.threshold ?? config.disclosureThreshold;
    const protectedThreshold = meta.disclosure?.protected_threshold ?? config.protectedDisclosureThreshold;
    const datasetIndicators: Indicator[] = [];
    for (const { meta: indicatorMeta, byLevel } of normalised) {
      const owner = indicatorOwner.get(indicatorMeta.id);
      if (owner) {
        const index = meta.indicators.findIndex((i) => i.id === (indicatorMeta.variantOf ?? indicatorMeta.id));
        problems.add({ file: source.metadataFile, line: source.yaml.lineOf(['indicators', index, 'id']), message: `indicator id "${indicatorMeta.id}" is already used by dataset "${owner}"`, fix: 'Indicator ids must be unique across the atlas; add a prefix.' });
        continue;
      }
      indicatorOwner.set(indicatorMeta.id, source.id);
      const aggregated = aggregateBuildingBlocks(indicatorMeta, aggregateUp(indicatorMeta, byLevel, levels), levels);
      const levelData: IndicatorLevelData[] = [];
      for (const level of levels) {
        const raw = aggregated.byLevel.get(level.id);
        if (!raw || raw.length === 0) continue;
        // Unsuppressed here: discloseDataset below suppresses each tier across all levels at once.
        const sorted = [...raw].sort(byCodeThenPeriod);
        levelData.push({ level: level.id, periods: [...new Set(sorted.map((o) => o.period))].sort(), observations: sorted, aggregated: aggregated.aggregatedLevels.includes(level.id), aggregatedFrom: aggregated.builtFrom[level.id], approximate: aggregated.approximateLevels.includes(level.id) });
      }
      const benchmark = suppressAtlasTotal(indicatorMeta, atlasTotal(indicatorMeta, aggregated.byLevel, levels), aggregated.byLevel, threshold);
      suppressedCells += benchmark.suppressed;
      datasetIndicators.push({ ...indicatorMeta, levels: levelData, benchmark: benchmark.observations, notAggregatedReason: aggregated.notAggregatedReason });
    }
    // Public pages get the public tier (nothing of a protected dataset); the full tables get all.
    // Breakdown variants (e.g. females only) are read from the same columns as their indicator,
    // so they are linked to it: a cell suppressed in one is suppressed in all, and the total
    // minus the other variants cannot give it back.
    const withVariants = {
      ...meta,
      indicators: datasetIndicators.map((i) => ({ ...meta.indicators.find((m) => m.id === (i.variantOf ?? i.id))!, id: i.id })),
    };
    const tiers = discloseDataset(withVariants, datasetIndicators, levels, { public: threshold, protected: protectedThreshold });
    suppression.primary += tiers.primary;
    suppression.secondary += tiers.secondary;
    suppressedCells += tiers.primary + tiers.secondary;
    indicators.push(...tiers.public);
    // A protected dataset is still listed (who holds what), with the levels and periods it covers.
    const described = meta.access === 'protected' ? tiers.tables : tiers.public;
    const dataset: Dataset = {
      id: source.id,
      ...publicationOf(meta),
      disclosureThreshold: threshold,
      protectedDisclosureThreshold: protectedThreshold,
      protectedLevels: meta.protected_levels,
      protectedIndicatorCount: tiers.tables.filter((i) => i.access === 'protected').length,
      file: source.dataFile,
      indicators: tiers.public.map((i) => i.id),
      levels: levels.filter((l) => described.some((i) => i.levels.some((d) => d.level === l.id))).map((l) => l.id),
      periods: [...new Set(described.flatMap((i) => i.levels.flatMap((d) => d.periods)))].sort(),
      rowCount: source.table.rows.length,
    };
    datasets.push(dataset);
    tables.push({ dataset, file: { header: source.table.header, rows: source.table.rows }, indicators: tiers.tables });
  }
  // Only once every dataset read cleanly: a broken dataset would make its indicators look missing.
  if (problems.empty) checkFeaturedOverlays(config, indicators, levels).forEach((p) => problems.add(p));
  problems.throwIfAny();
  datasets.sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  indicators.sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  tables.sort((a, b) => a.dataset.title.localeCompare(b.dataset.title, 'en-GB'));
  pointLayers.sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  const atlas: Atlas = { root, config, levels, datasets, indicators, pointLayers, report: { joins: joinReport(indicators, levels), rowsWithoutArea, suppressedCells, suppression, ...(postcodeReports.length > 0 ? { postcodes: postcodeReports } : {}) } };
  // Non-enumerable: JSON.stringify(atlas) or { ...atlas } in any page can never carry the full tables.
  Object.defineProperty(atlas, 'tables', { value: { prefix: config.tables.prefix, datasets: tables }, enumerable: false });
  return atlas;
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
