/**
 * Fixture atlases for end-to-end tests: each test works on its own copy in a temporary folder,
 * with its geography built by the real recipes (mapshaper), so tests can break files freely.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runRecipes } from '../../src/geography-build/run-recipes.ts';

export const repoRoot = resolve(new URL('../..', import.meta.url).pathname);

/** Copies tests/fixtures/<name> to a temporary folder and builds its geography. */
export async function copyFixture(name: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), `statlas-${name}-`));
  cpSync(join(repoRoot, 'tests/fixtures', name), root, { recursive: true, filter: (src) => !src.includes('/geography/build') });
  await runRecipes(root, () => {});
  return root;
}

/** Edits a file of a fixture copy in place. */
export function editFile(root: string, path: string, edit: (text: string) => string): void {
  const full = join(root, path);
  writeFileSync(full, edit(readFileSync(full, 'utf8')));
}

/** Runs the real build command (scripts/build.ts) on an atlas, as a user would. */
export function buildSite(root: string, outDir: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.ts'), '--out', outDir], {
    cwd: repoRoot,
    env: { ...process.env, ATLAS_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    // Astro prints a line per page: a national atlas writes tens of megabytes of them.
    maxBuffer: 512 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function readOutput(outDir: string, path: string): string {
  return readFileSync(join(outDir, path), 'utf8');
}
