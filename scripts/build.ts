/**
 * `npm run build [-- --out DIR]`: validates the atlas, then builds the static site into a
 * temporary folder beside the target and swaps it into place only when the whole build
 * succeeded, so a failed build never leaves half a site. Content root: ATLAS_ROOT or the repo.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { atlasRoot } from './atlas-root.ts';
import { inSentence } from '../src/pipeline/emit/in-sentence.ts';
import { runPipeline } from '../src/pipeline/index.ts';
import { AtlasInputError, formatProblem } from '../src/pipeline/validate/atlas-error.ts';
import { findSecretsInSite, gatewayDirFor, gatewayOptionsFor, writeGateway } from '../src/gateway/write-gateway.ts';

const repo = resolve(new URL('..', import.meta.url).pathname);
const { values } = parseArgs({ options: { out: { type: 'string', default: join(repo, 'dist') } } });
const outDir = resolve(values.out!);
const root = atlasRoot();

const started = Date.now();
console.log(`statlas: checking the atlas in ${root}`);
try {
  const atlas = runPipeline(root);
  console.log(`statlas: ${atlas.datasets.length} datasets, ${atlas.indicators.length} indicators, ${atlas.levels.map((l) => `${l.areas.length.toLocaleString('en-GB')} ${inSentence(l.plural)}`).join(', ')} (${Date.now() - started} ms)`);
} catch (error) {
  if (error instanceof AtlasInputError) {
    error.problems.forEach((p) => console.error(formatProblem(p)));
    console.error(`statlas: build stopped: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} to fix (nothing was written).`);
    process.exit(1);
  }
  throw error;
}

// Astro must render inside the repository: its intermediate server chunks go to
// <output>/.prerender and must resolve packages from node_modules. Each build stages in its own
// folder (so builds running at once cannot collide) with its own cache folder.
const staging = mkdtempSync(join(repo, '.statlas-build-'));
const scratch = mkdtempSync(join(tmpdir(), 'statlas-astro-'));
console.log('statlas: rendering pages with Astro');
const result = spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', repo], {
  stdio: 'inherit',
  cwd: repo,
  env: { ...process.env, ATLAS_ROOT: root, STATLAS_OUT_DIR: staging, STATLAS_CACHE_DIR: scratch, ASTRO_TELEMETRY_DISABLED: '1' },
});
rmSync(scratch, { recursive: true, force: true });
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`statlas: build failed; ${outDir} is unchanged.`);
  process.exit(result.status ?? 1);
}
// The gateway (nginx, Caddy, Netlify, Cloudflare) goes beside the site, never in it: src/gateway.
const secrets = findSecretsInSite(staging);
if (secrets.length > 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`statlas: build failed: the site would publish password files or hashes (${secrets.join(', ')}); ${outDir} is unchanged.`);
  process.exit(1);
}
const gatewayStaging = mkdtempSync(join(repo, '.statlas-build-'));
try {
  writeGateway(gatewayStaging, gatewayOptionsFor(root));
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  rmSync(gatewayStaging, { recursive: true, force: true });
  throw error;
}
replaceFolder(staging, outDir);
replaceFolder(gatewayStaging, gatewayDirFor(outDir));
console.log(`statlas: site written to ${outDir}, gateway configuration to ${gatewayDirFor(outDir)}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/**
 * Puts the finished site in place. The old site stays whole until the new one is complete: the
 * new one is moved beside the target first (copied when the target is on another file system),
 * then swapped in with renames.
 */
function replaceFolder(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const next = `${to}.new-${process.pid}`;
  try {
    renameSync(from, next);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, next, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
  const old = `${to}.old-${process.pid}`;
  if (existsSync(to)) renameSync(to, old);
  renameSync(next, to);
  rmSync(old, { recursive: true, force: true });
}
