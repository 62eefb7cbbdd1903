/**
 * `npm test`: type-check, then every Vitest project (unit, build, browser), then one plain
 * summary line that CI reads:
 *
 *   statlas tests: N passed, M failed[, K skipped]
 *
 * N and M count Vitest tests. A failed type check, a test file that failed before its tests could
 * run (a throwing `beforeAll`, an import error) and a Vitest crash each add one to M, so the line
 * can never say "0 failed" while something failed. Exits non-zero whenever M > 0.
 *
 * Extra arguments go to Vitest: `npm test -- tests/unit`, `npm test -- --project browser`.
 * Children get ASTRO_TELEMETRY_DISABLED=1 and XDG_* dirs in a temp folder, so a run leaves
 * nothing in $HOME (TOOLING.md).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));
const scratch = await mkdtemp(join(tmpdir(), 'statlas-test-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  XDG_CONFIG_HOME: join(scratch, 'config'),
  XDG_CACHE_HOME: join(scratch, 'cache'),
  XDG_DATA_HOME: join(scratch, 'data'),
};

/** Runs a Node script from node_modules on this same Node, output straight to the console. */
function run(label: string, args: string[]): Promise<number> {
  console.log(`\n== ${label}: node ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repo, env, stdio: 'inherit' });
    child.on('error', (err) => {
      console.error(`${label}: could not start: ${err.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** The parts of Vitest's JSON report we read. */
interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

let extraFailures = 0;
const vitestArgs = process.argv.slice(2);

// 1. Types. tsc checks src, scripts and tests together (tsconfig.json "include").
//    `astro:content` types (.astro/types.d.ts) come from `astro sync`. They only matter once
//    there is a content collection config, and sync runs its loaders, so only then and only
//    when the generated file is missing (a fresh clone).
if (existsSync(join(repo, 'src/content.config.ts')) && !existsSync(join(repo, '.astro/types.d.ts'))) {
  const synced = await run('astro sync', ['node_modules/astro/bin/astro.mjs', 'sync']);
  if (synced !== 0) console.error('astro sync failed; the type check below may report missing astro:* types.');
}
const tscCode = await run('type check', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);
if (tscCode !== 0) {
  console.error('\nType check failed (counted as one failure).');
  extraFailures++;
}

// 2. The real programs the browser and gateway tests drive, from Debian, so that `npm test` on a
//    fresh Debian machine needs nothing else (as root, or with password-less sudo). Elsewhere the
//    tests themselves say what to install.
ensureDebianPackages();

// 3. Tests: the default reporter for people, a JSON report for the summary line.
const jsonFile = join(scratch, 'vitest.json');
const vitestCode = await run('vitest', [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${jsonFile}`,
  ...vitestArgs,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
let fileFailures = 0;
const report = await readFile(jsonFile, 'utf8')
  .then((text) => JSON.parse(text) as VitestJson)
  .catch(() => null);
if (report) {
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  skipped = report.numPendingTests + report.numTodoTests;
  // A file that failed without a failing test failed outside any test (hook, import, syntax).
  for (const file of report.testResults) {
    if (file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed')) {
      console.error(`\nTest file failed outside its tests: ${file.name}\n${(file.message ?? '').slice(0, 2000)}`);
      fileFailures++;
    }
  }
}
// Vitest can fail with no failing test to show for it (no test files matched, an unhandled
// error, a crash before writing the report): that must still count.
if (vitestCode !== 0 && failed + fileFailures === 0) {
  console.error(`\nVitest exited with code ${vitestCode}${report ? '' : ' and wrote no report'} (counted as one failure).`);
  extraFailures++;
}

await rm(scratch, { recursive: true, force: true });
failed += fileFailures + extraFailures;
console.log(`statlas tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);

function ensureDebianPackages(): void {
  const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
  const wanted: [string, boolean][] = [
    ['chromium', existsSync('/usr/bin/chromium')],
    ['nginx', has('nginx') || existsSync('/usr/sbin/nginx')],
    ['caddy', has('caddy')],
    ['apache2-utils', has('htpasswd')],
  ];
  const missing = wanted.filter(([, present]) => !present).map(([name]) => name);
  if (missing.length === 0 || !has('apt-get')) return;
  const [command, ...prefix] = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
  const apt = (args: string[]) => spawnSync(command!, [...prefix, ...args], { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log(`\n== installing from Debian for the browser and gateway tests: ${missing.join(', ')}`);
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', ...missing]);
}
