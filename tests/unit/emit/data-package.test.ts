import { describe, expect, it } from 'vitest';
import { dataPackage, datasetCsv } from '../../../src/pipeline/emit/data-package.ts';
import type { Atlas, Dataset } from '../../../src/pipeline/types.ts';

const dataset = { id: 'people', title: 'People', publisher: 'Council', licence: 'OGL v3.0', attribution: 'Council', releaseDate: '2024-06-01', contact: { name: 'Team' }, disclosureThreshold: 5, indicators: ['population'] } as unknown as Dataset;
const atlas = {
  config: { title: 'Test atlas' },
  levels: [{ id: 'ward', areas: [{ code: 'W1', name: '=Ward one' }, { code: 'W2', name: 'Ward two' }] }],
  datasets: [dataset],
  indicators: [
    {
      id: 'population',
      title: 'Population',
      measure: 'count',
      decimals: 0,
      levels: [
        {
          level: 'ward',
          periods: ['2023'],
          observations: [
            { code: 'W1', period: '2023', value: 1234.4, status: 'value' },
            { code: 'W2', period: '2023', value: null, status: 'suppressed' },
          ],
        },
      ],
    },
  ],
} as unknown as Atlas;

describe('datasetCsv', () => {
  it('writes every published value, rounded, with statuses and formula-safe names', () => {
    expect(datasetCsv(atlas, dataset)).toBe(
      '\uFEFFindicator,indicator_title,measure,level,area_code,area_name,period,value,status\r\n' +
        "population,Population,count,ward,W1,'=Ward one,2023,1234,\r\n" +
        'population,Population,count,ward,W2,Ward two,2023,,c\r\n',
    );
  });
});

describe('dataPackage', () => {
  it('describes the CSV with its licence, source and columns', () => {
    const descriptor = dataPackage(atlas, dataset, 'people.csv') as { licenses: { title: string }[]; resources: { path: string; schema: { fields: { name: string }[] } }[] };
    expect(descriptor.licenses).toEqual([{ title: 'OGL v3.0' }]);
    expect(descriptor.resources[0]!.path).toBe('people.csv');
    expect(descriptor.resources[0]!.schema.fields.map((f) => f.name)).toEqual(['indicator', 'indicator_title', 'measure', 'level', 'area_code', 'area_name', 'period', 'value', 'status']);
  });
});
