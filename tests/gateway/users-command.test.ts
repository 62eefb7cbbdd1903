/**
 * `npm run users` (scripts/users.ts) as a host's administrator uses it: bcrypt of cost 10 or more,
 * passwords never from the command line, the file kept out of the repository and the site, and
 * files made by Apache's htpasswd read as well.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { users } from '../helpers/gateway-users.ts';

const REPO = resolve(new URL('../..', import.meta.url).pathname);
const dir = mkdtempSync(join(tmpdir(), 'statlas-users-'));
const file = join(dir, 'partners.htpasswd');

describe('npm run users', () => {
  it('adds a user with a bcrypt hash of cost 12 by default, in a file only its owner can read, with the Caddy form beside it', () => {
    expect(users(['add', 'alice', '--file', file], 'alice-correct-horse').status).toBe(0);
    const line = readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('alice:'))!;
    const hash = line.slice('alice:'.length);
    expect(hash).toMatch(/^\$2b\$12\$/);
    expect(bcrypt.compareSync('alice-correct-horse', hash)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'partners.caddy'), 'utf8')).toContain(`alice ${hash}`);
  });

  it('refuses a cost below 10, a short password, and a password it would have to take from the command line', () => {
    expect(users(['add', 'bob', '--file', file, '--cost', '9'], 'bob-long-password').output).toMatch(/--cost must be a whole number from 10 to 15/);
    expect(users(['add', 'bob', '--file', file], 'short').output).toMatch(/at least 10 characters/);
    expect(users(['add', 'bob', '--file', file, '--password', 'bob-long-password']).status).not.toBe(0);
    expect(users(['add', 'bob', '--file', file]).output).toMatch(/no terminal to ask for the password: use --password-stdin/);
    expect(readFileSync(file, 'utf8')).not.toContain('bob');
  });

  it('keeps the file out of the built site and out of git', () => {
    expect(users(['add', 'bob', '--file', join(REPO, 'dist', 'users.htpasswd')], 'bob-long-password').output).toMatch(/inside dist\//);
    expect(users(['add', 'bob', '--file', join(REPO, 'partners.txt')], 'bob-long-password').output).toMatch(/not git-ignored/);
    expect(users(['list'], undefined).output).toMatch(/--file PATH or STATLAS_USERS_FILE/);
  });

  it('reads users added with Apache htpasswd (bcrypt, $2y$), and lists and removes them', () => {
    const htpasswd = spawnSync('htpasswd', ['-i', '-B', '-C', '10', file, 'carol'], { input: 'carol-long-password\n', encoding: 'utf8' });
    expect(htpasswd.status, htpasswd.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^carol:\$2y\$10\$/m);
    expect(users(['list', '--file', file]).output).toMatch(/alice\tbcrypt cost 12\ncarol\tbcrypt cost 10/);
    expect(users(['remove', 'carol', '--file', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('carol');
    expect(users(['remove', 'carol', '--file', file]).output).toMatch(/there is no user "carol"/);
  });
});
