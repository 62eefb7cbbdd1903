/**
 * The malformed-input corpus (tests/corpus, see its README): each case breaks a copy of the mini
 * fixture in one way. Validation must stop with exactly the problems in the case's expected.txt:
 * never another kind of error, never a silent success that would build a site. A few cases also
 * go through the real build command (all of them with CORPUS_BUILD_ALL=1), which must exit 1,
 * print the same problems and no stack trace, and leave no output folder behind.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { AtlasInputError, formatProblem } from '../../src/pipeline/validate/atlas-error.ts';
import { buildSite, copyFixture, repoRoot } from '../helpers/fixture-atlas.ts';

const corpus = join(repoRoot, 'tests/corpus');
const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** One case per kind of failure (encoding, CSV syntax, YAML syntax, schema, paths, rows, a read crash). */
const BUILD_CASES = ['utf16-le-with-bom', 'text-after-closing-quote', 'yaml-duplicate-key', 'wrong-enum-values', 'folder-name-with-space', 'duplicate-in-long-file', 'file-is-a-folder'];
const buildCases = process.env.CORPUS_BUILD_ALL === '1' ? cases : BUILD_CASES;
const update = process.env.UPDATE_CORPUS === '1';

/** The mini fixture with its geography built, once; each case works on its own copy of it. */
let mini: string;
beforeAll(async () => {
  mini = await copyFixture('mini');
});
afterAll(() => rmSync(mini, { recursive: true, force: true }));

/** A fresh copy of the mini fixture with the case's dataset folders dropped into datasets/. */
function atlasWith(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `statlas-corpus-${name}-`));
  cpSync(mini, root, { recursive: true });
  const datasets = join(corpus, name, 'datasets');
  for (const id of readdirSync(datasets)) {
    rmSync(join(root, 'datasets', id), { recursive: true, force: true });
    cpSync(join(datasets, id), join(root, 'datasets', id), { recursive: true });
  }
  return root;
}

function expectedLines(name: string): string[] {
  const path = join(corpus, name, 'expected.txt');
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((line) => line !== '') : [];
}

type Outcome = { kind: 'problems'; lines: string[] } | { kind: 'accepted' } | { kind: 'crashed'; error: unknown };

function validate(root: string): Outcome {
  try {
    runPipeline(root);
    return { kind: 'accepted' };
  } catch (error) {
    if (error instanceof AtlasInputError) return { kind: 'problems', lines: error.problems.map(formatProblem) };
    return { kind: 'crashed', error };
  }
}

/**
 * Expected against actual line by line (longest common subsequence). Within a run of changed
 * lines, each expected line is followed by the actual line in its place, so a reworded message
 * reads as a `-` line directly above its `+` line.
 */
function lineDiff(expected: string[], actual: string[]): string {
  const common = expected.map(() => new Array<number>(actual.length + 1).fill(0));
  common.push(new Array<number>(actual.length + 1).fill(0));
  for (let i = expected.length - 1; i >= 0; i--) {
    for (let j = actual.length - 1; j >= 0; j--) {
      common[i]![j] = expected[i] === actual[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      if (k < removed.length) out.push(`- ${removed[k]}`);
      if (k < added.length) out.push(`+ ${added[k]}`);
    }
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < expected.length || j < actual.length) {
    if (i < expected.length && j < actual.length && expected[i] === actual[j]) {
      flush();
      out.push(`  ${expected[i++]}`);
      j++;
    } else if (i < expected.length && (j === actual.length || common[i + 1]![j]! >= common[i]![j + 1]!)) {
      removed.push(expected[i++]!);
    } else {
      added.push(actual[j++]!);
    }
  }
  flush();
  return out.join('\n');
}

describe('the malformed-input corpus', () => {
  it('has at least 40 cases, each saying what it breaks and what it must produce', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const name of cases) {
      expect(existsSync(join(corpus, name, 'about.txt')), `${name}/about.txt`).toBe(true);
      expect(existsSync(join(corpus, name, 'datasets')), `${name}/datasets/`).toBe(true);
      if (!update) expect(expectedLines(name), `${name}/expected.txt`).not.toEqual([]);
    }
  });

  it('starts from a fixture that validates, so each case fails only for its own reason', () => {
    expect(validate(mini)).toEqual({ kind: 'accepted' });
  });

  it.each(cases)('%s', (name) => {
    const root = atlasWith(name);
    try {
      const expected = expectedLines(name);
      const outcome = validate(root);
      if (outcome.kind === 'crashed') {
        const error = outcome.error as Error;
        expect.fail(`the pipeline crashed instead of reporting a problem:\n${error?.stack ?? String(error)}\n\nexpected:\n${expected.join('\n')}`);
      }
      if (outcome.kind === 'accepted') {
        expect.fail(`the pipeline accepted this input, so the build would write a site. Expected:\n${expected.join('\n')}`);
      }
      const actual = outcome.lines;
      if (update && actual.join('\n') !== expected.join('\n')) {
        writeFileSync(join(corpus, name, 'expected.txt'), actual.join('\n') + '\n');
        console.warn(`tests/corpus/${name}/expected.txt rewritten:\n${lineDiff(expected, actual)}`);
        return;
      }
      expect(
        actual,
        `tests/corpus/${name}/expected.txt (-) differs from what the pipeline says now (+):\n${lineDiff(expected, actual)}\n` +
          'If the new lines are right, edit expected.txt or run UPDATE_CORPUS=1 (tests/corpus/README.md).\n',
      ).toEqual(expected);
      // Terminal-safe and readable: no control characters (a NUL, a tab, a bare CR) from the input.
      for (const line of actual) expect(line).not.toMatch(/[\u0000-\u001f\u007f]/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the malformed-input corpus through the real build command', () => {
  it.each(buildCases)('%s stops the build with its problems and writes nothing', (name) => {
    const root = atlasWith(name);
    const parent = mkdtempSync(join(tmpdir(), 'statlas-corpus-site-'));
    const out = join(parent, 'dist');
    try {
      const result = buildSite(root, out);
      const printed = `${result.stdout}\n${result.stderr}`;
      expect(printed, 'no stack trace').not.toMatch(/^\s+at /m);
      expect(result.status, result.stderr).toBe(1);
      for (const line of expectedLines(name)) expect(result.stderr).toContain(line);
      expect(existsSync(out), 'the output folder').toBe(false);
      // Nor a half-written staging folder beside it.
      expect(readdirSync(dirname(out))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
