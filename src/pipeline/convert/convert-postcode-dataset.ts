/**
 * The build's postcode step: a dataset whose metadata says `area.postcodes:` is read like any
 * other, then turned here into a table of counts per area of `area.level`, with metadata
 * rewritten to match, before normalisation. Nothing after this step sees a postcode: pages, CSVs
 * and the build report get counts per area and the conversion report's counts.
 *
 * This is the one place in convert/ that reads files (the lookup or centroids, and the level's
 * boundaries for centroids); the work itself is in the pure modules it calls.
 */
import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { DatasetSource } from '../read/read-dataset.ts';
import { readCsvFile } from '../read/read-csv-file.ts';
import { readLevelPolygons } from '../geography/read-level-polygons.ts';
import type { Level } from '../types.ts';
import type { Problem } from '../validate/atlas-error.ts';
import type { DatasetMetadata } from '../validate/metadata-schema.ts';
import { postcodeLocator, type ReferenceSpec } from './postcode-reference.ts';
import type { PostcodeConversionSummary, UnmatchedPostcode } from './postcode-report.ts';
import { AREA_COLUMN, RECORDS_COLUMN, postcodesToAreas, type PostcodeTableSpec } from './postcodes-to-areas.ts';

export interface PostcodeDatasetConversion {
  /** The dataset with its table as counts per area; undefined when there were problems. */
  source?: DatasetSource;
  summary?: PostcodeConversionSummary;
  unmatched: UnmatchedPostcode[];
  problems: Problem[];
}

export function convertPostcodeDataset(root: string, source: DatasetSource, levels: readonly Level[], readOnlyDataDirs: readonly string[]): PostcodeDatasetConversion {
  const { metadata, yaml, metadataFile } = source;
  const postcodes = metadata.area.postcodes;
  if (!postcodes) return { source, unmatched: [], problems: [] };
  const problems: Problem[] = [];
  const at = (...path: PropertyKey[]) => ({ file: metadataFile, line: yaml.lineOf(path) });

  const level = levels.find((l) => l.id === metadata.area.level);
  if (!level) {
    return { unmatched: [], problems: [{ ...at('area', 'level'), message: `level "${metadata.area.level}" is not defined`, fix: `Use one of: ${levels.map((l) => l.id).join(', ')}.` }] };
  }
  const { spec, problems: specProblems } = tableSpec(metadata, at);
  problems.push(...specProblems);

  const method = postcodes.lookup ? 'lookup' : 'centroids';
  const reference = (postcodes.lookup ?? postcodes.centroids)!;
  const referencePath = resolve(root, 'geography', reference.file);
  const allowed = [resolve(root, 'geography'), ...readOnlyDataDirs.map((dir) => resolve(root, dir))];
  if (!allowed.some((dir) => isInside(referencePath, dir))) {
    problems.push({ ...at('area', 'postcodes', method, 'file'), message: `\`file: ${reference.file}\` points outside geography/`, fix: 'Put the postcode file under geography/ (e.g. geography/postcodes/) or in a folder named in read_only_data_dirs in atlas.config.yaml.' });
  }
  if (problems.length > 0) return { unmatched: [], problems };

  const referenceFile = relative(root, referencePath).split(sep).join('/');
  const { table: referenceTable, problems: readProblems } = readCsvFile(referencePath, referenceFile);
  if (!referenceTable) return { unmatched: [], problems: readProblems.map((p) => (p.line === undefined ? { ...p, ...at('area', 'postcodes', method, 'file'), message: `${referenceFile}: ${p.message}` } : p)) };
  const referenceSpec: ReferenceSpec = postcodes.lookup
    ? { method: 'lookup', postcodeColumn: postcodes.lookup.postcode_column, areaColumn: postcodes.lookup.area_column, terminatedColumn: postcodes.lookup.terminated_column }
    : {
        method: 'centroids',
        postcodeColumn: postcodes.centroids!.postcode_column,
        latitude: postcodes.centroids!.latitude,
        longitude: postcodes.centroids!.longitude,
        easting: postcodes.centroids!.easting,
        northing: postcodes.centroids!.northing,
        terminatedColumn: postcodes.centroids!.terminated_column,
      };
  const { locate, problems: referenceProblems } = postcodeLocator(referenceSpec, referenceTable, {
    codes: new Set(level.areas.map((a) => a.code)),
    polygons: () => readLevelPolygons(level),
  });
  if (referenceProblems.length > 0) return { unmatched: [], problems: [...readProblems, ...referenceProblems] };

  const conversion = postcodesToAreas(source.table, spec, locate);
  const summary: PostcodeConversionSummary = { dataset: source.id, level: level.id, method, reference: reference.file, ...conversion.report };
  if (!conversion.table || conversion.problems.length > 0) return { summary, unmatched: conversion.unmatched, problems: conversion.problems };

  const converted: DatasetMetadata = {
    ...metadata,
    area: { column: AREA_COLUMN, level: level.id, unmatched: 'error' },
    value_column: metadata.format === 'long' ? (metadata.value_column ?? RECORDS_COLUMN) : metadata.value_column,
    indicators: metadata.indicators.map((i) => (metadata.format === 'wide' && countsRecords(i) ? { ...i, column: RECORDS_COLUMN } : i)),
  };
  return { source: { ...source, metadata: converted, table: conversion.table }, summary, unmatched: conversion.unmatched, problems: [] };
}

type Indicator = DatasetMetadata['indicators'][number];

/** An indicator with no value, numerator or denominator column counts rows (one per record). */
function countsRecords(indicator: Indicator): boolean {
  return !indicator.column && !indicator.numerator && !indicator.denominator;
}

/**
 * Which columns are kept (period, a long file's indicator column) and which summed (every
 * value, numerator and denominator column), and the indicators that cannot come from postcodes.
 */
function tableSpec(metadata: DatasetMetadata, at: (...path: PropertyKey[]) => { file: string; line: number }): { spec: PostcodeTableSpec; problems: Problem[] } {
  const problems: Problem[] = [];
  const long = metadata.format === 'long';
  const keyColumns = [...('column' in metadata.period ? [metadata.period.column] : []), ...(long && metadata.indicator_column ? [metadata.indicator_column] : [])];
  const countColumns: string[] = [];
  const sum = (name: string | undefined) => {
    if (name !== undefined && !countColumns.includes(name) && !keyColumns.includes(name)) countColumns.push(name);
  };
  if (long) sum(metadata.value_column);
  let countRecords = long && metadata.value_column === undefined;
  metadata.indicators.forEach((indicator, i) => {
    const where = at('indicators', i);
    if (!long) sum(indicator.column);
    sum(indicator.numerator);
    sum(indicator.denominator);
    if (!long && countsRecords(indicator)) countRecords = true;
    if (indicator.lower || indicator.upper) {
      problems.push({ ...where, message: `indicator "${indicator.id}" has confidence limits, which cannot be combined from postcodes`, fix: 'Remove `lower:` and `upper:`; intervals for the areas can be computed from the counts.' });
    }
    // A long file has one value column for every indicator, so only counts can be summed from it.
    const fromParts = !long && (indicator.measure === 'percentage' || indicator.measure === 'rate') && indicator.numerator && indicator.denominator && !indicator.column;
    if (indicator.measure !== 'count' && !fromParts) {
      problems.push({
        ...where,
        message: `indicator "${indicator.id}" is a ${indicator.measure}, which cannot be added up from postcodes`,
        fix: 'Postcode data gives counts: use `measure: count`, or (in a wide file) for a percentage or rate name `numerator:` and `denominator:` count columns and leave out `column:`.',
      });
    }
  });
  return { spec: { postcodeColumn: metadata.area.column, keyColumns, countColumns, countRecords, terminated: metadata.area.postcodes!.terminated }, problems };
}

function isInside(path: string, dir: string): boolean {
  let real = path;
  try {
    real = realpathSync(path);
  } catch {
    // A missing file is reported when it is read.
  }
  const rel = relative(realOrSelf(dir), real);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
