/**
 * `npm run diff [-- --base <git ref>]`: prints what the working tree changes in the atlas
 * compared with a base commit (default: origin/main if it exists, else main), for a pull-request
 * reviewer: datasets, indicators, rows, levels, periods and published cells.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { atlasRoot } from './atlas-root.ts';
import { runPipeline } from '../src/pipeline/index.ts';
import { diffAtlases } from '../src/pipeline/emit/atlas-diff.ts';
import { AtlasInputError, formatProblem } from '../src/pipeline/validate/atlas-error.ts';
import type { Atlas } from '../src/pipeline/types.ts';

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const root = atlasRoot();
const top = git(['rev-parse', '--show-toplevel'], root);
const { values } = parseArgs({ options: { base: { type: 'string' } } });
const base = values.base ?? (hasRef('origin/main') ? 'origin/main' : 'main');

let after: Atlas;
try {
  after = runPipeline(root);
} catch (error) {
  if (!(error instanceof AtlasInputError)) throw error;
  error.problems.forEach((p) => console.error(formatProblem(p)));
  console.error('diff: the changed atlas does not validate; fix the problems above first.');
  process.exit(1);
}

// Check the base out into a temporary folder, so the working tree is left alone.
const baseDir = mkdtempSync(join(tmpdir(), 'statlas-diff-'));
let before: Atlas | null = null;
try {
  execFileSync('sh', ['-c', `git archive --format=tar ${JSON.stringify(base)} | tar -x -C ${JSON.stringify(baseDir)}`], { cwd: top, stdio: ['ignore', 'ignore', 'pipe'] });
  before = runPipeline(join(baseDir, relative(top, root)));
} catch (error) {
  console.log(`diff: the base ${base} has no valid atlas here (${(error as Error).message.split('\n')[0]}); comparing with an empty atlas.`);
} finally {
  rmSync(baseDir, { recursive: true, force: true });
}

const diff = diffAtlases(before, after);
console.log(`Atlas changes against ${base}:`);
console.log(diff.changed ? diff.lines.join('\n') : 'no change to any dataset, indicator or level');

function hasRef(ref: string): boolean {
  try {
    git(['rev-parse', '--verify', '--quiet', ref], root);
    return true;
  } catch {
    return false;
  }
}
