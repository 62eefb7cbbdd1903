/**
 * Breakdown dimensions (sex, age band) stay dimensions: the "total" rows are the indicator, every
 * other combination is a variant of it with its own maps, tables and CSVs, and rows that differ
 * only by a breakdown are not duplicates.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { AtlasInputError, formatProblem } from '../../src/pipeline/validate/atlas-error.ts';
import { buildSite, copyFixture, editFile } from '../helpers/fixture-atlas.ts';

const metadata = `title: Smokers
publisher: Mini Health Trust
contact: { name: Trust analysts }
licence: Open Government Licence v3.0
attribution: Mini Health Trust (test data)
release_date: 2024-01-15
file: smokers.csv
area: { column: Area, level: small }
period: { value: "2023" }
breakdowns:
  - { column: Sex, total: Persons }
indicators:
  - id: smokers
    column: Smokers
    title: Adults who smoke
    measure: count
    polarity: higher-is-worse
`;

function csv(): string {
  const rows = ['Area,Sex,Smokers'];
  for (let i = 1; i <= 8; i++) {
    const code = `T00${i}`;
    rows.push(`${code},Persons,${100 + i * 10}`, `${code},Female,${40 + i * 5}`, `${code},Male,${60 + i * 5}`);
  }
  return rows.join('\n') + '\n';
}

async function atlasWithSmokers(edit?: (root: string) => void) {
  const root = await copyFixture('mini');
  mkdirSync(join(root, 'datasets/smokers'));
  writeFileSync(join(root, 'datasets/smokers/metadata.yaml'), metadata);
  writeFileSync(join(root, 'datasets/smokers/smokers.csv'), csv());
  edit?.(root);
  return root;
}

describe('breakdown dimensions', () => {
  it('publishes the total rows as the indicator and each other value as a variant', async () => {
    const atlas = runPipeline(await atlasWithSmokers());
    const ids = atlas.indicators.filter((i) => i.datasetId === 'smokers').map((i) => [i.id, i.title, i.variantOf]);
    expect(ids).toEqual(
      expect.arrayContaining([
        ['smokers', 'Adults who smoke', undefined],
        ['smokers--female', 'Adults who smoke (Sex: Female)', 'smokers'],
        ['smokers--male', 'Adults who smoke (Sex: Male)', 'smokers'],
      ]),
    );
    const female = atlas.indicators.find((i) => i.id === 'smokers--female')!;
    const small = female.levels.find((l) => l.level === 'small')!;
    expect(small.observations.find((o) => o.code === 'T001')!.value).toBe(45);
    // Variants are indicators like any other: they aggregate up the levels too.
    const district = female.levels.find((l) => l.level === 'district')!;
    expect(district.observations.find((o) => o.code === 'D01')!.value).toBe(45 + 50 + 55 + 60);
  });

  it('suppresses a small variant cell in the total and the other variants too, so it cannot be recovered by subtraction', async () => {
    const root = await atlasWithSmokers((r) => editFile(r, 'datasets/smokers/smokers.csv', (t) => t.replace('T001,Female,45', 'T001,Female,3')));
    const atlas = runPipeline(root);
    const cell = (id: string) => atlas.indicators.find((i) => i.id === id)!.levels.find((l) => l.level === 'small')!.observations.find((o) => o.code === 'T001')!;
    expect([cell('smokers').status, cell('smokers--female').status, cell('smokers--male').status]).toEqual(['suppressed', 'suppressed', 'suppressed']);
  });

  it('gives each variant its pages and CSV, linked from the indicator by a breakdown switch', async () => {
    const site = join(mkdtempSync(join(tmpdir(), 'statlas-breakdowns-')), 'dist');
    const result = buildSite(await atlasWithSmokers(), site);
    expect(result.status, result.stderr).toBe(0);
    const page = readFileSync(join(site, 'indicators/smokers/index.html'), 'utf8');
    expect(page).toMatch(/<nav aria-label="Breakdown">.*Everyone.*Sex: Female.*Sex: Male/s);
    expect(readFileSync(join(site, 'indicators/smokers--female/small/2023.csv'), 'utf8')).toContain('T001,Northam 001,small,smokers--female,2023,45,');
    const catalogue = JSON.parse(readFileSync(join(site, 'catalogue.json'), 'utf8')) as { datasets: { id: string; indicators: { id: string }[] }[] };
    expect(catalogue.datasets.find((d) => d.id === 'smokers')!.indicators.map((i) => i.id)).toEqual(['smokers']);
  });

  it('still refuses a true duplicate within one breakdown value', async () => {
    const root = await atlasWithSmokers((r) => editFile(r, 'datasets/smokers/smokers.csv', (t) => t + 'T001,Female,99\n'));
    try {
      runPipeline(root);
      expect.unreachable();
    } catch (error) {
      expect((error as AtlasInputError).problems.map(formatProblem)).toEqual([
        'datasets/smokers/smokers.csv:26: duplicate row: T001 for 2023 (Sex: Female) already appears on line 3. Remove one of the rows, or if they differ by a breakdown (sex, age), add the breakdown to the metadata (`breakdowns:`).',
      ]);
    }
  });

  it('says which total value is missing', async () => {
    const root = await atlasWithSmokers((r) => editFile(r, 'datasets/smokers/metadata.yaml', (t) => t.replace('total: Persons', 'total: All')));
    try {
      runPipeline(root);
      expect.unreachable();
    } catch (error) {
      expect((error as AtlasInputError).problems.map(formatProblem)).toEqual([
        'datasets/smokers/metadata.yaml:10: indicator "smokers" has no rows where "Sex" is "All". Set each breakdown\'s `total:` to the value the file uses for everyone (e.g. "Persons", "All ages").',
      ]);
    }
  });
});
