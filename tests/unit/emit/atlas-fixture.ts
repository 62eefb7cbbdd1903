/** A hand-made atlas for view tests: one district, three wards, one percentage over two years. */
import type { Atlas, Indicator, Level, Observation } from '../../../src/pipeline/types.ts';
import { ATLAS_CODE } from '../../../src/pipeline/convert/atlas-total.ts';

export const levels: Level[] = [
  { id: 'district', name: 'District', plural: 'Districts', topologyPath: '', object: 'district', codeProperty: 'code', nameProperty: 'name', parentLevel: null, areas: [{ code: 'D1', name: 'Dale', level: 'district', parentCode: null }] },
  {
    id: 'ward',
    name: 'Ward',
    plural: 'Wards',
    topologyPath: '',
    object: 'ward',
    codeProperty: 'code',
    nameProperty: 'name',
    parentLevel: 'district',
    areas: [
      { code: 'W1', name: 'Ash', level: 'ward', parentCode: 'D1' },
      { code: 'W2', name: 'Birch', level: 'ward', parentCode: 'D1' },
      { code: 'W3', name: 'Cedar', level: 'ward', parentCode: 'D1' },
    ],
  },
];

const o = (code: string, period: string, x: number | null, n: number | null): Observation =>
  x === null || n === null
    ? { code, period, value: null, status: 'suppressed', numerator: null, denominator: null, source: { line: 1 } }
    : { code, period, value: (x / n) * 100, status: 'value', numerator: x, denominator: n, source: { line: 1 } };

export function percentageIndicator(): Indicator {
  const ward = [o('W1', '2022', 200, 1000), o('W1', '2023', 300, 1000), o('W2', '2022', 100, 400), o('W2', '2023', 102, 400), o('W3', '2022', null, null), o('W3', '2023', 50, 500)];
  return {
    id: 'share',
    datasetId: 'd',
    title: 'Share of residents',
    measure: 'percentage',
    polarity: 'higher-is-better',
    decimals: 1,
    classification: { method: 'quantiles', classes: 3 },
    hasNumerator: true,
    hasDenominator: true,
    hasIntervals: false,
    levels: [
      { level: 'district', periods: ['2022', '2023'], observations: [o('D1', '2022', 350, 1900), o('D1', '2023', 452, 1900)], aggregated: true },
      { level: 'ward', periods: ['2022', '2023'], observations: ward, aggregated: false },
    ],
    benchmark: [o(ATLAS_CODE, '2022', 350, 1900), o(ATLAS_CODE, '2023', 452, 1900)],
  };
}

/** Only what the views read; cast so the fixture does not have to track every Atlas field. */
export function atlasWith(indicator: Indicator): Atlas {
  const atlas = {
    root: '',
    config: { title: 'Test', description: '', contact: { name: 'T' }, readOnlyDataDirs: [], disclosureThreshold: 5, attribution: [] },
    levels,
    datasets: [],
    indicators: [indicator],
    report: { joins: [], rowsWithoutArea: [], suppressedCells: 0 },
  };
  return atlas as unknown as Atlas;
}
