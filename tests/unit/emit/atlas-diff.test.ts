import { describe, expect, it } from 'vitest';
import { diffAtlases } from '../../../src/pipeline/emit/atlas-diff.ts';
import type { Atlas, Dataset, Indicator, Observation } from '../../../src/pipeline/types.ts';

const obs = (code: string, value: number | null): Observation => ({ code, period: '2023', value, status: value === null ? 'suppressed' : 'value', source: { line: 2 } });

function atlas(rowCount: number, values: Observation[], extra = false): Atlas {
  const dataset = { id: 'people', title: 'People', publisher: 'Council', rowCount, levels: ['ward'], periods: ['2023'], indicators: ['population'] } as Dataset;
  const indicator = { id: 'population', title: 'Population', measure: 'count', levels: [{ level: 'ward', periods: ['2023'], observations: values, aggregated: false }] } as unknown as Indicator;
  const extraDataset = { ...dataset, id: 'visits', publisher: 'Trust', rowCount: 3 };
  // Only the parts of an Atlas that a diff reads.
  return {
    levels: [{ id: 'ward', areas: [{}, {}] }],
    datasets: extra ? [dataset, extraDataset] : [dataset],
    indicators: [indicator],
  } as unknown as Atlas;
}

describe('diffAtlases', () => {
  it('reports nothing for the same atlas', () => {
    const a = atlas(2, [obs('A', 1), obs('B', 2)]);
    expect(diffAtlases(a, a)).toEqual({ lines: [], changed: false });
  });

  it('lists added datasets, changed rows and changed, added and removed cells', () => {
    const before = atlas(2, [obs('A', 1), obs('B', 2)]);
    const after = atlas(3, [obs('A', 1), obs('B', null), obs('C', 7)], true);
    expect(diffAtlases(before, after).lines).toEqual([
      '~ dataset people: rows 2 -> 3',
      '+ dataset visits (Trust): 3 rows, levels ward, periods 2023',
      '~ indicator population: published cells: 1 changed, 1 added, 0 removed',
    ]);
  });

  it('treats a missing base as an empty atlas', () => {
    const lines = diffAtlases(null, atlas(2, [obs('A', 1)])).lines;
    expect(lines[0]).toBe('+ dataset people (Council): 2 rows, levels ward, periods 2023');
    expect(lines).toContain('+ level ward: 2 areas');
  });
});
