/**
 * The national-scale atlas: every LSOA in England (32,844), the three IMD 2019 files as
 * published and the 326 districts (2013), read in place from ../shared/data/england. The
 * geography is built by the fixture's recipes (mapshaper, including the point-in-polygon
 * LSOA -> district lookup); then the atlas validates, every LSOA joins, and district population
 * equals the sum of its LSOAs, checked against the publisher's File 6 read independently.
 * The site itself is built and opened in Chromium by tests/browser/england.browser.test.ts.
 * Skips, saying why, when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRecipes } from '../../src/geography-build/run-recipes.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import type { Atlas } from '../../src/pipeline/types.ts';
import { parseCsv, publishedNumber } from '../helpers/leicestershire-data.ts';
import { repoRoot } from '../helpers/fixture-atlas.ts';

const FIXTURE = join(repoRoot, 'tests/fixtures/england');
const SHARED = resolve(repoRoot, '../shared/data/england');
const FILE6 = join(SHARED, 'imd2019-file6-population-denominators.csv');
const present = ['lsoa2011.topo.json', 'lad2013.topo.json', 'imd2019-file1-index-of-multiple-deprivation.csv'].every((f) => existsSync(join(SHARED, f)));
const TITLE = 'England atlas from real data (32,844 LSOAs)';
if (!present) console.warn(`${TITLE}: skipped: the real data is not at ${SHARED} (clone the shared data beside the repository as ../shared)`);

let atlas: Atlas;

describe.skipIf(!present)(TITLE, () => {
  beforeAll(async () => {
    await runRecipes(FIXTURE, () => {});
    atlas = runPipeline(FIXTURE);
  }, 300_000);

  it('validates with every LSOA and district', () => {
    expect(atlas.levels.map((l) => [l.id, l.areas.length])).toEqual([
      ['district', 326],
      ['lsoa', 32844],
    ]);
    expect(atlas.indicators).toHaveLength(10);
  });

  it('joins every LSOA to every indicator', () => {
    const lsoaJoins = atlas.report.joins.filter((j) => j.level === 'lsoa');
    expect(lsoaJoins).toHaveLength(10);
    for (const join of lsoaJoins) expect(join.areasWithoutData, join.indicator).toEqual([]);
  });

  it('gives every LSOA a district by point in polygon', () => {
    const lsoa = atlas.levels.find((l) => l.id === 'lsoa')!;
    expect(lsoa.areas.filter((a) => a.parentCode === null)).toEqual([]);
  });

  it('sums population from LSOAs into districts exactly', () => {
    const rows = parseCsv(readFileSync(FILE6, 'utf8'));
    const header = rows[0]!;
    const codeColumn = header.indexOf('LSOA code (2011)');
    const populationColumn = header.indexOf('Total population: mid 2015 (excluding prisoners)');
    const byLsoa = new Map(rows.slice(1).filter((r) => r.length > 1).map((r) => [r[codeColumn]!, publishedNumber(r[populationColumn]!)]));
    expect(byLsoa.size).toBe(32844);
    const parentOf = new Map(atlas.levels.find((l) => l.id === 'lsoa')!.areas.map((a) => [a.code, a.parentCode!]));
    const expected = new Map<string, number>();
    for (const [code, population] of byLsoa) expected.set(parentOf.get(code)!, (expected.get(parentOf.get(code)!) ?? 0) + population);

    const districts = atlas.indicators.find((i) => i.id === 'population')!.levels.find((l) => l.level === 'district')!;
    expect(districts.observations).toHaveLength(326);
    for (const observation of districts.observations) expect(observation.value, observation.code).toBe(expected.get(observation.code));
    const total = [...byLsoa.values()].reduce((a, b) => a + b, 0);
    expect(districts.observations.reduce((sum, o) => sum + o.value!, 0)).toBe(total);
  });
});
