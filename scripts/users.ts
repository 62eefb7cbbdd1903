/**
 * `npm run users -- add|remove|list [name] [--file PATH] [--password-stdin] [--cost N]`
 *
 * Manages the bcrypt password file of registered partners (src/gateway/users-file.ts) and, beside
 * it, the same users in the form Caddy imports (`users.htpasswd` -> `users.caddy`). The file lives
 * outside the repository (or git-ignored inside it), never in the built site: give its path with
 * `--file` or STATLAS_USERS_FILE. Passwords are read from the terminal without echo, or with
 * `--password-stdin` from standard input (scripts and tests), never from the command line, where
 * they would stay in the shell's history and the process list.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import bcrypt from 'bcryptjs';
import { caddyUsersFile } from '../src/gateway/gateway-options.ts';
import { DEFAULT_COST, MIN_COST, USER_NAME, costOf, formatCaddyUsers, formatHtpasswd, parseUsersFile, passwordProblem } from '../src/gateway/users-file.ts';

const repo = resolve(new URL('..', import.meta.url).pathname);
const usage = `usage: npm run users -- add <name> | remove <name> | list   [--file PATH] [--password-stdin] [--cost ${MIN_COST}-15]
  The file is --file or STATLAS_USERS_FILE: a path outside the repository (or a git-ignored *.htpasswd).`;

function fail(message: string): never {
  console.error(`users: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { file: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false }, cost: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [command, name, ...extra] = positionals;
if (!command || !['add', 'remove', 'list'].includes(command) || extra.length > 0 || (command !== 'list' && !name)) fail(usage);
const given = values.file ?? process.env.STATLAS_USERS_FILE;
if (!given) fail(`say where the password file is: --file PATH or STATLAS_USERS_FILE.\n${usage}`);
const file = resolve(given);
checkLocation(file);
const caddyFile = caddyUsersFile(file);

const users = existsSync(file) ? parseUsersFile(readFileSync(file, 'utf8'), file) : new Map<string, string>();

if (command === 'list') {
  if (users.size === 0) console.log(`users: ${file} has no users`);
  for (const [user, hash] of [...users].sort(([a], [b]) => (a < b ? -1 : 1))) console.log(`${user}\tbcrypt cost ${costOf(hash)}`);
  process.exit(0);
}
if (!USER_NAME.test(name!)) fail(`"${name}" is not a user name: use letters, digits and . _ @ - (up to 64), starting with a letter or digit`);

if (command === 'remove') {
  if (!users.delete(name!)) fail(`there is no user "${name}" in ${file}`);
  save();
  console.log(`users: removed "${name}" from ${file}`);
} else {
  const cost = values.cost === undefined ? DEFAULT_COST : Number(values.cost);
  if (!Number.isInteger(cost) || cost < MIN_COST || cost > 15) fail(`--cost must be a whole number from ${MIN_COST} to 15`);
  const password = values['password-stdin'] ? await passwordFromStdin() : await passwordFromTerminal();
  const problem = passwordProblem(password);
  if (problem) fail(problem);
  const existed = users.has(name!);
  users.set(name!, bcrypt.hashSync(password, bcrypt.genSaltSync(cost)));
  save();
  console.log(`users: ${existed ? 'changed the password of' : 'added'} "${name}" in ${file} (bcrypt cost ${cost})`);
}
console.log(
  'users: nginx reads the file on every request; Caddy needs `caddy reload`; on Netlify or Cloudflare Pages put the file\'s text in the STATLAS_USERS secret and redeploy.',
);

/** Writes both files whole (temporary file, then rename), keeping an existing file's permissions; new files are 0600. */
function save(): void {
  mkdirSync(dirname(file), { recursive: true });
  for (const [path, text] of [[file, formatHtpasswd(users)], [caddyFile, formatCaddyUsers(users)]] as const) {
    const mode = existsSync(path) ? statSync(path).mode & 0o777 : 0o600;
    const temporary = `${path}.tmp-${process.pid}`;
    writeFileSync(temporary, text, { mode });
    chmodSync(temporary, mode);
    renameSync(temporary, path);
  }
}

/** The file must not be where it could be committed or published. */
function checkLocation(path: string): void {
  const inRepo = relative(repo, path);
  if (inRepo.startsWith('..') || isAbsolute(inRepo)) return;
  const top = inRepo.split(sep)[0]!;
  if (/^dist|-gateway$|^public$|^src$|^datasets$|^geography$/.test(top)) fail(`${path} is inside ${top}/, which is published or committed: keep the password file outside the repository`);
  const ignored = spawnSync('git', ['check-ignore', '-q', inRepo], { cwd: repo });
  const caddyIgnored = spawnSync('git', ['check-ignore', '-q', relative(repo, caddyUsersFile(path))], { cwd: repo });
  if (ignored.status !== 0 || caddyIgnored.status !== 0) fail(`${path} is inside the repository and not git-ignored: keep the password file outside the repository (or name it *.htpasswd, which .gitignore covers)`);
}

async function passwordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function passwordFromTerminal(): Promise<string> {
  if (!process.stdin.isTTY) fail('no terminal to ask for the password: use --password-stdin and pipe it in');
  const ask = async (prompt: string) => {
    let muted = false;
    const output = new Writable({ write: (chunk, _encoding, done) => (muted ? done() : process.stdout.write(chunk, done)) });
    const rl = createInterface({ input: process.stdin, output, terminal: true });
    const answer = new Promise<string>((ok) => rl.question(prompt, ok));
    muted = true;
    const text = await answer;
    rl.close();
    process.stdout.write('\n');
    return text;
  };
  const first = await ask(`Password for ${name}: `);
  const second = await ask('Again: ');
  if (first !== second) fail('the two passwords differ; nothing was changed');
  return first;
}
