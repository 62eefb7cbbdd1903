/** Adding and removing partners with the real `npm run users` command (scripts/users.ts). */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const REPO = resolve(new URL('../..', import.meta.url).pathname);

export function users(args: string[], password?: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/users.ts', ...args, ...(password === undefined ? [] : ['--password-stdin'])], {
    cwd: REPO,
    input: password === undefined ? '' : `${password}\n`,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, output: result.stdout + result.stderr };
}
