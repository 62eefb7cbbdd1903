/**
 * Bad input gets one clear message naming the file, the line and what to do; nothing is built.
 * Each case breaks a fresh copy of the mini fixture in one way and checks the exact message.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { AtlasInputError, formatProblem } from '../../src/pipeline/validate/atlas-error.ts';
import { copyFixture, editFile } from '../helpers/fixture-atlas.ts';

async function problemsAfter(breakIt: (root: string) => void): Promise<string[]> {
  const root = await copyFixture('mini');
  breakIt(root);
  try {
    runPipeline(root);
  } catch (error) {
    if (error instanceof AtlasInputError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const people = 'datasets/people/people.csv';
const peopleMeta = 'datasets/people/metadata.yaml';

describe('bad input', () => {
  it('the unbroken fixture has no problems', async () => {
    expect(await problemsAfter(() => {})).toEqual([]);
  });

  it('an unknown area code', async () => {
    const problems = await problemsAfter((root) => editFile(root, people, (t) => t.replace('T006,2022', 'E01999999,2022')));
    expect(problems).toEqual([
      'datasets/people/people.csv:7: unknown area code "E01999999". Check the code against the geography (codes of different vintages, e.g. 2011 and 2021, are different levels). If the file also covers areas outside the atlas, add `unmatched: report` under `area:` in metadata.yaml.',
    ]);
  });

  it('rows outside the atlas are left out and reported when the metadata says so', async () => {
    const root = await copyFixture('mini');
    editFile(root, people, (t) => t + 'E01999999,2022,100,20\r\n');
    editFile(root, peopleMeta, (t) => t.replace('area: { column: Area code }', 'area: { column: Area code, unmatched: report }'));
    const atlas = runPipeline(root);
    expect(atlas.report.rowsWithoutArea).toEqual([{ dataset: 'people', file: people, count: 1, examples: [{ line: 18, code: 'E01999999' }] }]);
  });

  it('a duplicate area and period', async () => {
    const problems = await problemsAfter((root) => editFile(root, people, (t) => t.replace('T002,2023', 'T001,2023')));
    expect(problems[0]).toBe(
      'datasets/people/people.csv:11: duplicate row: T001 for 2023 already appears on line 10. Remove one of the rows, or if they differ by a breakdown (sex, age), add the breakdown to the metadata (`breakdowns:`).',
    );
  });

  it('text in a number column', async () => {
    const problems = await problemsAfter((root) => editFile(root, people, (t) => t.replace('T006,2022,700,160', 'T006,2022,700,=cmd()')));
    expect(problems).toEqual([
      'datasets/people/people.csv:7: "=cmd()" in column "Children" is not a number or a known status marker. Write a number (1234, "1,234", 12.5, 1.2e3, 12.5%) or a marker: blank, .., -, *, x, c, u, n/a.',
    ]);
  });

  it('missing required metadata', async () => {
    const problems = await problemsAfter((root) => editFile(root, peopleMeta, (t) => t.replace(/^licence: .*\n/m, '')));
    expect(problems).toEqual(['datasets/people/metadata.yaml:2: licence is required but missing. Add `licence:` (see docs/formats.md).']);
  });

  it('a misspelt metadata field and a wrong measure', async () => {
    const problems = await problemsAfter((root) =>
      editFile(root, peopleMeta, (t) => t.replace('publisher:', 'publsher:').replace('measure: count', 'measure: counts')),
    );
    expect(problems).toContain('datasets/people/metadata.yaml:4: the file has unknown field `publsher`. Check the spelling against docs/formats.md, or remove the field.');
    expect(problems).toContain('datasets/people/metadata.yaml:2: publisher is required but missing. Add `publisher:` (see docs/formats.md).');
    expect(problems).toContain(
      'datasets/people/metadata.yaml:20: indicators[1].measure must be one of `count`, `percentage`, `rate`, `mean`, `median`, `score`, `rank`, `decile`, `ratio`. Use one of the listed values.',
    );
  });

  it('a column the file does not have', async () => {
    const problems = await problemsAfter((root) => editFile(root, peopleMeta, (t) => t.replace('column: All people', 'column: All persons')));
    expect(problems[0]).toMatch(/^datasets\/people\/metadata\.yaml:18: column "All persons" is not in datasets\/people\/people\.csv\. Use a column name exactly as in the file's header \(line 1\): "Area code", "Year", "All people", "Children"\.$/);
  });

  it('a dataset folder whose name is not a slug', async () => {
    const problems = await problemsAfter((root) => renameSync(join(root, 'datasets/people'), join(root, 'datasets/People data')));
    expect(problems).toEqual(['datasets/People data: the dataset folder name "People data" is not a valid id. Rename the folder to a slug of lower-case letters, digits and hyphens, e.g. "people-data".']);
  });

  it('a data file that escapes the dataset folder', async () => {
    const problems = await problemsAfter((root) => editFile(root, peopleMeta, (t) => t.replace('file: people.csv', 'file: ../../atlas.config.yaml')));
    expect(problems).toEqual(['datasets/people/metadata.yaml:13: `file: ../../atlas.config.yaml` points outside the dataset folder. Put the publisher\'s file in the dataset folder and name it without "../".']);
  });

  it('a ragged row and a stray quote', async () => {
    expect(await problemsAfter((root) => editFile(root, people, (t) => t.replace('T002,2022,900,210', 'T002,2022,900,210,7')))).toEqual([
      'datasets/people/people.csv:3: this row has 5 cells but the header has 4. Check for an unquoted comma in a value or a missing cell; if the lines at the end are footnotes, set `footer_lines:` in metadata.yaml.',
    ]);
    const quote = await problemsAfter((root) => editFile(root, people, (t) => t.replace('T002,2022,900', 'T002,2022,"900"0')));
    expect(quote[0]).toMatch(/^datasets\/people\/people\.csv:3: the CSV cannot be read: a quote closes a field but is followed by more text\./);
  });

  it('a negative count and a numerator above its denominator', async () => {
    expect(await problemsAfter((root) => editFile(root, people, (t) => t.replace('T002,2022,900,210', 'T002,2022,-900,210')))).toContain(
      'datasets/people/people.csv:3: the count -900 for "population" is negative. Counts cannot be below zero: check the cell.',
    );
    expect(await problemsAfter((root) => editFile(root, people, (t) => t.replace('T002,2022,900,210', 'T002,2022,900,1900')))).toContain(
      'datasets/people/people.csv:3: the numerator 1900 is larger than the denominator 900 for "children-share". Check that `numerator:` and `denominator:` name the right columns and the cells are right.',
    );
  });

  it('a Windows-1252 file', async () => {
    const problems = await problemsAfter((root) => {
      const path = join(root, people);
      const bytes = Buffer.concat([Buffer.from('Area code,Year,All people,Children\r\nT001,2022,1200,300\r\nT002,2022,900,2'), Buffer.from([0xb2]), Buffer.from('\r\n')]);
      rmSync(path);
      mkdirSync(join(root, 'datasets/people'), { recursive: true });
      writeFileSync(path, bytes);
    });
    expect(problems).toEqual([
      'datasets/people/people.csv:3: the file is not valid UTF-8 (it looks like a Windows-1252 or Latin-1 export). Open it in a spreadsheet and save it again as "CSV UTF-8 (comma delimited)", or if it must stay as released, add `encoding: windows-1252` to metadata.yaml.',
    ]);
  });

  it('a Windows-1252 file that says so is read', async () => {
    const root = await copyFixture('mini');
    const path = join(root, people);
    // U+00B7 is the single byte 0xB7 in Windows-1252 (and Latin-1), which is not valid UTF-8.
    writeFileSync(path, Buffer.from(readFileSync(path, 'utf8').replace('\uFEFF', '').replace('Children', 'Children \u00b716'), 'latin1'));
    editFile(root, peopleMeta, (t) => t.replace('file: people.csv', 'file: people.csv\nencoding: windows-1252').replace('numerator: Children', 'numerator: "Children \u00b716"'));
    const atlas = runPipeline(root);
    expect(atlas.indicators.find((i) => i.id === 'children-share')!.levels[0]!.observations.length).toBeGreaterThan(0);
  });

  it('reports every problem in every dataset at once', async () => {
    const problems = await problemsAfter((root) => {
      editFile(root, people, (t) => t.replace('T006,2022', 'ZZZ,2022').replace('T007,2022,650', 'T007,2022,lots'));
      editFile(root, 'datasets/clinic-visits/metadata.yaml', (t) => t.replace(/^ *per: 1000\n/m, ''));
    });
    expect(problems).toHaveLength(3);
  });
});
