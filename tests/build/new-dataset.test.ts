/**
 * `npm run new-dataset` scaffolds a metadata file that tells a contributor what to fill in: as
 * written it fails validation with line-numbered messages, and once filled in it validates.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { AtlasInputError, formatProblem } from '../../src/pipeline/validate/atlas-error.ts';
import { copyFixture, editFile, repoRoot } from '../helpers/fixture-atlas.ts';

function newDataset(root: string, id: string) {
  return spawnSync(process.execPath, [join(repoRoot, 'scripts/new-dataset.ts'), id], { env: { ...process.env, ATLAS_ROOT: root }, encoding: 'utf8' });
}

describe('npm run new-dataset', () => {
  it('writes a commented metadata.yaml that validation explains line by line', async () => {
    const root = await copyFixture('mini');
    const result = newDataset(root, 'school-absence');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(root, 'datasets/school-absence/metadata.yaml'), 'utf8')).toContain('# yaml-language-server: $schema=../../schema/dataset.schema.json');
    let problems: string[] = [];
    try {
      runPipeline(root);
    } catch (error) {
      problems = (error as AtlasInputError).problems.map(formatProblem);
    }
    expect(problems).toEqual([
      'datasets/school-absence/metadata.yaml:6: title is empty. Fill in `title:` (see docs/formats.md).',
      'datasets/school-absence/metadata.yaml:8: publisher is empty. Fill in `publisher:` (see docs/formats.md).',
      'datasets/school-absence/metadata.yaml:10: contact.name is empty. Fill in `name:` (see docs/formats.md).',
      'datasets/school-absence/metadata.yaml:14: attribution is empty. Fill in `attribution:` (see docs/formats.md).',
      'datasets/school-absence/metadata.yaml:37: indicators[1].title is empty. Fill in `title:` (see docs/formats.md).',
    ]);
  });

  it('validates once filled in with a real file', async () => {
    const root = await copyFixture('mini');
    expect(newDataset(root, 'school-absence').status).toBe(0);
    copyFileSync(join(root, 'datasets/people/people.csv'), join(root, 'datasets/school-absence/data.csv'));
    editFile(root, 'datasets/school-absence/metadata.yaml', (t) =>
      t
        .replace('title: ""', 'title: "School absence"')
        .replace('publisher: ""', 'publisher: "Mini Schools"')
        .replace('  name: ""', '  name: "Schools data team"')
        .replace('attribution: ""', 'attribution: "Mini Schools"')
        .replace('column: Value', 'column: Children')
        .replace('    title: ""', '    title: "Children counted"'),
    );
    const atlas = runPipeline(root);
    expect(atlas.indicators.map((i) => i.id)).toContain('school-absence');
  });

  it('refuses an id that is not a slug, and an existing folder', async () => {
    const root = await copyFixture('mini');
    const bad = newDataset(root, '../escape');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"../escape" is not a valid id');
    expect(existsSync(join(root, '../escape'))).toBe(false);
    expect(newDataset(root, 'people').stderr).toContain('datasets/people already exists');
  });
});
