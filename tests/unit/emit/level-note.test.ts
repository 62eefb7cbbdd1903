import { describe, expect, it } from 'vitest';
import { approximateNote, levelDescription } from '../../../src/pipeline/emit/level-note.ts';
import { areasContainingBlock, blocksOfArea } from '../../../src/pipeline/emit/building-block-links.ts';
import type { IndicatorLevelData, Level } from '../../../src/pipeline/types.ts';

const level = (id: string, name: string, plural: string, extra: Partial<Level> = {}): Level => ({
  id, name, plural, topologyPath: '', object: id, codeProperty: 'code', nameProperty: 'name', parentLevel: null, areas: [], ...extra,
});
const levels: Level[] = [
  level('district', 'District', 'Districts'),
  level('ward', 'Ward', 'Wards', { buildingBlocks: { kind: 'best-fit', level: 'lsoa', file: 'build/lsoa-ward.csv', members: { W1: ['E1', 'E2'] } }, areas: [{ code: 'W1', name: 'Abbey', level: 'ward', parentCode: null }] }),
  level('lsoa', 'LSOA', 'LSOAs', { areas: ['E1', 'E2', 'E3'].map((code) => ({ code, name: code, level: 'lsoa', parentCode: null })) }),
  level('locality', 'Locality', 'Localities', { buildingBlocks: { kind: 'custom', level: 'ward', file: 'custom/l.csv', members: { L1: ['W1'] } }, areas: [{ code: 'L1', name: 'North', level: 'locality', parentCode: null }] }),
];
const data = (level: string, extra: Partial<IndicatorLevelData> = {}): IndicatorLevelData => ({ level, periods: ['2023'], observations: [], aggregated: false, ...extra });

describe('levelDescription', () => {
  it('says a custom level is made of whole building blocks', () => {
    expect(levelDescription(levels, levels[3]!)).toBe('Localities are custom areas, each made of whole wards.');
  });
  it('says a best-fit level is approximate, and why', () => {
    expect(levelDescription(levels, levels[1]!)).toBe('LSOAs do not nest in wards: figures built from LSOAs count each one whole in the ward that holds its centre (a best-fit lookup), so they are approximate.');
  });
  it('says nothing about an ordinary level', () => {
    expect(levelDescription(levels, levels[0]!)).toBeUndefined();
  });
});

describe('approximateNote', () => {
  const indicator = {
    levels: [
      data('lsoa'),
      data('ward', { aggregated: true, aggregatedFrom: 'lsoa', approximate: true }),
      data('locality', { aggregated: true, aggregatedFrom: 'ward', approximate: true }),
      data('district', { aggregated: true, aggregatedFrom: 'lsoa' }),
    ],
  };
  it('explains a best-fit step', () => {
    expect(approximateNote(levels, indicator, 'ward')).toBe('Approximate: LSOAs do not nest in wards, so each LSOA is counted whole in the ward that holds its centre (a best-fit lookup).');
  });
  it('follows the levels an indicator was built from down to the best-fit step', () => {
    expect(approximateNote(levels, indicator, 'locality')).toMatch(/^Approximate: LSOAs do not nest in wards, .* \(localities are built from those wards\)\.$/);
  });
  it('is silent for exact figures', () => {
    expect(approximateNote(levels, indicator, 'district')).toBeUndefined();
    expect(approximateNote(levels, indicator, 'lsoa')).toBeUndefined();
  });
});

describe('building block links', () => {
  it('lists the blocks of a custom or best-fit area, and the areas a block is part of', () => {
    expect(blocksOfArea(levels, levels[1]!.areas[0]!)!.blocks.map((a) => a.code)).toEqual(['E1', 'E2']);
    expect(blocksOfArea(levels, levels[1]!.areas[0]!)!.approximate).toBe(true);
    expect(areasContainingBlock(levels, levels[1]!.areas[0]!).map((c) => [c.level.id, c.area.code, c.approximate])).toEqual([['locality', 'L1', false]]);
    expect(areasContainingBlock(levels, levels[2]!.areas[2]!)).toEqual([]);
    expect(blocksOfArea(levels, levels[2]!.areas[0]!)).toBeNull();
  });
});
