/**
 * The password file of registered partners: htpasswd lines `name:bcrypt-hash`, which nginx
 * (auth_basic_user_file), Apache's htpasswd and the edge gateways read, plus the same users in the
 * form Caddy imports (`name bcrypt-hash`). Pure: parse, change, format; scripts/users.ts does the
 * file work and the password prompt.
 */

export const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const BCRYPT = /^\$2[aby]\$(\d\d)\$[./A-Za-z0-9]{53}$/;
/** bcrypt cost: at least 10 (2^10 rounds), 12 by default. */
export const MIN_COST = 10;
export const DEFAULT_COST = 12;

export type Users = Map<string, string>;

/** Reads htpasswd text; lines that are blank or comments are skipped, anything else must be `name:bcrypt`. */
export function parseUsersFile(text: string, file: string): Users {
  const users: Users = new Map();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const at = line.indexOf(':');
    const name = line.slice(0, at);
    const hash = line.slice(at + 1);
    if (at <= 0 || !USER_NAME.test(name) || !BCRYPT.test(hash)) {
      throw new Error(`${file}:${i + 1}: not a "name:bcrypt-hash" line. Fix or remove the line (statlas writes only bcrypt hashes).`);
    }
    users.set(name, hash);
  });
  return users;
}

export function costOf(hash: string): number {
  return Number(BCRYPT.exec(hash)?.[1] ?? 0);
}

const HEADER = '# Registered partners of the full tables: name:bcrypt-hash. Managed by `npm run users`; never commit or publish this file.';

/** htpasswd text, users sorted by name. */
export function formatHtpasswd(users: Users): string {
  return [HEADER, ...[...users].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, hash]) => `${name}:${hash}`)].join('\n') + '\n';
}

/** The same users as Caddy's `basicauth` block lines (imported by the generated Caddy config). */
export function formatCaddyUsers(users: Users): string {
  return [HEADER.replace('name:bcrypt-hash', 'name bcrypt-hash (Caddy form)'), ...[...users].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, hash]) => `${name} ${hash}`)].join('\n') + '\n';
}

/** Why a password cannot be used, or null. bcrypt reads only the first 72 bytes. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return 'the password must be at least 10 characters';
  if (new TextEncoder().encode(password).length > 72) return 'the password must be at most 72 bytes (bcrypt ignores the rest)';
  if (/[\r\n]/.test(password)) return 'the password must be one line';
  return null;
}
