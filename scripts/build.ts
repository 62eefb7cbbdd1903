/**
 * `npm run build [-- --out DIR]`: validates the atlas, then builds the static site into a
 * temporary folder beside the target and swaps it into place only when the whole build
 * succeeded, so a failed build never leaves half a site. Content root: ATLAS_ROOT or the repo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { atlasRoot } from './atlas-root.ts';
import { runPipeline } from '../src/pipeline/index.ts';
import { AtlasInputError, formatProblem } from '../src/pipeline/validate/atlas-error.ts';

const repo = resolve(new URL('..', import.meta.url).pathname);
const { values } = parseArgs({ options: { out: { type: 'string', default: join(repo, 'dist') } } });
const outDir = resolve(values.out!);
const root = atlasRoot();

const started = Date.now();
console.log(`statlas: checking the atlas in ${root}`);
try {
  const atlas = runPipeline(root);
  console.log(`statlas: ${atlas.datasets.length} datasets, ${atlas.indicators.length} indicators, ${atlas.levels.map((l) => `${l.areas.length} ${l.plural.toLowerCase()}`).join(', ')} (${Date.now() - started} ms)`);
} catch (error) {
  if (error instanceof AtlasInputError) {
    error.problems.forEach((p) => console.error(formatProblem(p)));
    console.error(`statlas: build stopped: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} to fix (nothing was written).`);
    process.exit(1);
  }
  throw error;
}

const staging = mkdtempSync(join(dirname(outDir), '.statlas-build-'));
console.log('statlas: rendering pages with Astro');
const result = spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', repo], {
  stdio: 'inherit',
  env: { ...process.env, ATLAS_ROOT: root, STATLAS_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`statlas: build failed; ${outDir} is unchanged.`);
  process.exit(result.status ?? 1);
}
// Swap: the old site stays whole until the new one is complete.
const old = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(staging, outDir);
rmSync(old, { recursive: true, force: true });
console.log(`statlas: site written to ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
