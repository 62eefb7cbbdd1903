/**
 * Global setup of the gateway tests: makes sure nginx and Caddy are installed (installing them
 * from Debian when missing and running as root, as .ci/run does), then builds the example atlas
 * once, with the generated gateway configuration pointing at a password file in a temporary
 * folder, and hands the paths to the test files. Everything is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serverBinary } from '../../src/gateway/local-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    gateway: { site: string; gatewayDir: string; usersFile: string; work: string };
  }
}

const REPO = resolve(new URL('../..', import.meta.url).pathname);

function ensureServers(): void {
  const missing: string[] = (['nginx', 'caddy'] as const).filter((kind) => !serverBinary(kind));
  if (spawnSync('htpasswd', ['-h']).error) missing.push('apache2-utils');
  if (missing.length === 0) return;
  const aptGet = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
  const run = (args: string[]) => spawnSync(aptGet[0]!, [...aptGet.slice(1), ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log(`gateway tests: installing ${missing.join(', ')} from Debian`);
  run(['update']);
  run(['install', '-y', '--no-install-recommends', ...missing]);
  const still = (['nginx', 'caddy'] as const).filter((kind) => !serverBinary(kind));
  if (still.length > 0) throw new Error(`gateway tests need ${still.join(' and ')}: apt-get install -y ${still.join(' ')} (Debian), or run .ci/run`);
}

export default function setup(project: TestProject): () => void {
  ensureServers();
  const work = mkdtempSync(join(tmpdir(), 'statlas-gateway-tests-'));
  const site = join(work, 'dist');
  const usersFile = join(work, 'users', 'partners.htpasswd');
  const env: NodeJS.ProcessEnv = { ...process.env, STATLAS_USERS_FILE: usersFile, ASTRO_TELEMETRY_DISABLED: '1' };
  // The example atlas is the repository's own content; a stray ATLAS_ROOT must not change that.
  delete env.ATLAS_ROOT;
  const started = Date.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', site], { cwd: REPO, env, encoding: 'utf8' });
  if (result.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`building the example atlas failed (${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
  }
  console.log(`gateway tests: example atlas built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('gateway', { site, gatewayDir: `${site}-gateway`, usersFile, work });
  return () => rmSync(work, { recursive: true, force: true });
}
