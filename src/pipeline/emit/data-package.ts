/**
 * Each dataset as a data package: one tidy CSV of every published value (all its indicators, at
 * every level and period, after disclosure control) and a Frictionless Data Package descriptor
 * (datapackage.json) carrying the licence, attribution, publisher and a schema of the CSV, so
 * the download can be understood and cited without the atlas.
 */
import type { Atlas, Dataset } from '../types.ts';
import { STATUS_CODES } from '../normalise/status-labels.ts';
import { toCsv } from './csv.ts';
import { roundTo } from './format-value.ts';
import { approximateNote } from './level-note.ts';

const COLUMNS = ['indicator', 'indicator_title', 'measure', 'level', 'area_code', 'area_name', 'period', 'value', 'status'] as const;

export function datasetCsv(atlas: Atlas, dataset: Dataset): string {
  const names = new Map(atlas.levels.flatMap((l) => l.areas.map((a) => [a.code, a.name] as const)));
  const rows = [];
  for (const id of dataset.indicators) {
    const indicator = atlas.indicators.find((i) => i.id === id)!;
    for (const data of indicator.levels) {
      for (const o of data.observations) {
        const value = o.status === 'value' && o.value !== null ? roundTo(o.value, indicator.decimals) : null;
        rows.push([indicator.id, indicator.title, indicator.measure, data.level, o.code, names.get(o.code) ?? '', o.period, value, value === null ? STATUS_CODES[o.status] : '']);
      }
    }
  }
  return toCsv([...COLUMNS], rows);
}

/** Levels whose figures rest on a best-fit lookup, with why (level-note.ts), by indicator. */
function approximateLevels(atlas: Atlas, dataset: Dataset): { approximate?: Record<string, Record<string, string>> } {
  const notes: Record<string, Record<string, string>> = {};
  for (const id of dataset.indicators) {
    const indicator = atlas.indicators.find((i) => i.id === id)!;
    for (const data of indicator.levels) {
      const note = approximateNote(atlas.levels, indicator, data.level);
      if (note) (notes[id] ??= {})[data.level] = note;
    }
  }
  return Object.keys(notes).length > 0 ? { approximate: notes } : {};
}

export function dataPackage(atlas: Atlas, dataset: Dataset, csvPath: string): object {
  return {
    profile: 'tabular-data-package',
    name: dataset.id,
    title: dataset.title,
    ...(dataset.description ? { description: dataset.description } : {}),
    version: dataset.releaseDate,
    created: dataset.releaseDate,
    licenses: [{ title: dataset.licence }],
    sources: [{ title: dataset.publisher, ...(dataset.sourceUrl ? { path: dataset.sourceUrl } : {}) }],
    contributors: [{ title: dataset.publisher, role: 'publisher', ...(dataset.contact.email ? { email: dataset.contact.email } : {}) }],
    statlas: {
      atlas: atlas.config.title,
      attribution: dataset.attribution,
      next_update: dataset.nextUpdate ?? null,
      disclosure: `Counts below ${dataset.disclosureThreshold}, and rates built from them, are suppressed (status "c").`,
      statuses: { c: 'suppressed', x: 'not available', nil: 'nil or negligible', u: 'low reliability', z: 'not applicable', missing: 'missing', 'no-data': 'no data' },
      ...approximateLevels(atlas, dataset),
    },
    resources: [
      {
        name: `${dataset.id}-values`,
        path: csvPath,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: {
          fields: [
            { name: 'indicator', type: 'string', description: 'Indicator id' },
            { name: 'indicator_title', type: 'string' },
            { name: 'measure', type: 'string' },
            { name: 'level', type: 'string', description: 'Geographic level' },
            { name: 'area_code', type: 'string' },
            { name: 'area_name', type: 'string' },
            { name: 'period', type: 'string' },
            { name: 'value', type: 'number', description: 'Blank when status is set' },
            { name: 'status', type: 'string', description: 'Why there is no value: see statlas.statuses' },
          ],
          primaryKey: ['indicator', 'level', 'area_code', 'period'],
        },
      },
    ],
  };
}
