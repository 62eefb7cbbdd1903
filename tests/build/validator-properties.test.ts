/**
 * Whatever a contributor commits, validation answers with problems a person can act on, never a
 * crash: arbitrary bytes as the data file and structurally random metadata (wrong types, missing
 * and unknown fields, odd paths) either validate or throw AtlasInputError, and every problem names
 * a file, says what is wrong and what to do, and points at a line that exists.
 *
 * Seeded, so a failure reproduces: the seed is printed. FC_SEED=<n> tries other inputs and
 * FC_RUNS=<n> more of them (200 by default, so the suite stays fast).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { AtlasInputError, formatProblem, type Problem } from '../../src/pipeline/validate/atlas-error.ts';
import { copyFixture } from '../helpers/fixture-atlas.ts';
import { dataBytes, metadataText, template } from '../helpers/malformed-inputs.ts';

const seed = Number(process.env.FC_SEED ?? 20240601);
const numRuns = Number(process.env.FC_RUNS ?? 200);

let root: string;
const folder = 'datasets/fuzz';

beforeAll(async () => {
  root = await copyFixture('mini');
  // Only the dataset under test: the fixture's own datasets would be read again on every run.
  for (const id of ['people', 'clinic-visits']) rmSync(join(root, 'datasets', id), { recursive: true, force: true });
  console.info(`validator properties: fast-check seed ${seed}, ${numRuns} runs each (FC_SEED=${seed} to reproduce)`);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Lines as an editor counts them: CRLF, LF and a bare CR each end one line. */
function lineCount(path: string): number {
  const text = readFileSync(path, 'latin1');
  return Math.max(1, text.split(/\r\n|\r|\n/).length - (/[\r\n]$/.test(text) ? 1 : 0));
}

/** The promise every problem keeps: a file, what is wrong and what to do. */
function actionable(problem: Problem): void {
  const shown = formatProblem(problem);
  expect(problem.file, shown).toMatch(/\S/);
  expect(problem.message, shown).toMatch(/\S/);
  expect(problem.fix, shown).toMatch(/\S/);
}

/** And where: a line that exists in the file named, printed without raw bytes from the input. */
function pointsSomewhereReal(problem: Problem): void {
  const shown = formatProblem(problem);
  // Printed to terminals and CI logs: a NUL, a tab or an escape sequence from the input must not arrive there raw.
  expect(shown, 'a control character in the message').not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  if (problem.line === undefined) return;
  expect(Number.isInteger(problem.line) && problem.line >= 1, shown).toBe(true);
  const path = join(root, problem.file);
  if (existsSync(path) && statSync(path).isFile()) expect(problem.line, `${shown}\n(the file has ${lineCount(path)} lines)`).toBeLessThanOrEqual(lineCount(path));
}

/**
 * Puts one dataset in place and validates the atlas. Fails on anything but an Atlas or an
 * AtlasInputError, and checks every problem with `check`.
 */
function validateWith(metadata: string, data: Buffer, check: (problem: Problem) => void): void {
  rmSync(join(root, folder), { recursive: true, force: true });
  // A folder beside the data file, for `file:` to name by mistake.
  mkdirSync(join(root, folder, 'sub'), { recursive: true });
  writeFileSync(join(root, folder, 'metadata.yaml'), metadata);
  writeFileSync(join(root, folder, 'data.csv'), data);
  writeFileSync(join(root, folder, 'sub', 'data.csv'), data);
  try {
    const atlas = runPipeline(root);
    expect(Array.isArray(atlas.datasets)).toBe(true);
  } catch (error) {
    if (!(error instanceof AtlasInputError)) {
      throw new Error(`runPipeline threw ${(error as Error)?.name ?? typeof error} instead of AtlasInputError:\n${(error as Error)?.stack ?? String(error)}`);
    }
    expect(error.problems.length).toBeGreaterThan(0);
    error.problems.forEach(check);
  }
}

const fixedMetadata = stringify(template);
const fixedData = Buffer.from('Area code,Year,Value,Part\nT001,2023,100,20\nT002,2023,90,x\nT003,2023,"1,200",300\n');
const options = () => ({ seed, numRuns, includeErrorInReport: true });

describe('the validator never crashes', () => {
  it('on arbitrary bytes as the data file', () => {
    fc.assert(
      fc.property(dataBytes, (data) => validateWith(fixedMetadata, data, actionable)),
      options(),
    );
  });

  it('on structurally random metadata', () => {
    fc.assert(
      fc.property(metadataText, (metadata) => validateWith(metadata, fixedData, actionable)),
      options(),
    );
  });
});

describe('every problem points at a line that exists and prints safely', () => {
  // Random metadata and data together (so this also fails if they crash the validator together).
  it('on random metadata and data files', () => {
    fc.assert(
      fc.property(metadataText, dataBytes, (metadata, data) => validateWith(metadata, data, pointsSomewhereReal)),
      options(),
    );
  });
});
