/**
 * Builds the example atlas once for the whole browser project and hands its folder to every
 * test file (`inject('exampleSite')`), instead of each file building the same site again.
 * STATLAS_TEST_DIST=dir reuses an existing build (quick reruns while fixing a page);
 * STATLAS_EXAMPLE_ROOT points the build at another atlas.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    exampleSite: string;
  }
}

const REPO = resolve(new URL('../..', import.meta.url).pathname);

export default function setup(project: TestProject): () => void {
  const prebuilt = process.env.STATLAS_TEST_DIST;
  if (prebuilt) {
    project.provide('exampleSite', prebuilt);
    return () => {};
  }
  const work = mkdtempSync(join(tmpdir(), 'statlas-example-site-'));
  const dist = join(work, 'dist');
  // The example atlas is the content at the repository root: a stray ATLAS_ROOT in the shell
  // must not make these tests build something else.
  const env = { ...process.env };
  delete env.ATLAS_ROOT;
  if (process.env.STATLAS_EXAMPLE_ROOT) env.ATLAS_ROOT = process.env.STATLAS_EXAMPLE_ROOT;
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', dist], { cwd: REPO, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`scripts/build.ts exited with ${result.status}:\n${(result.stdout + result.stderr).slice(-4000)}`);
  project.provide('exampleSite', dist);
  return () => rmSync(work, { recursive: true, force: true });
}
