import { describe, expect, it } from 'vitest';
import { caddyConfig } from '../../../src/gateway/caddy-config.ts';
import { nginxConfig } from '../../../src/gateway/nginx-config.ts';
import { formatCaddyUsers, formatHtpasswd, parseUsersFile, passwordProblem } from '../../../src/gateway/users-file.ts';
import { tablesConfigSchema } from '../../../src/pipeline/validate/tables-config-schema.ts';

const options = { prefix: '/partners/tables/', realm: 'Atlas full tables', usersFile: '/etc/statlas/users.htpasswd', title: 'Atlas' };

describe('nginxConfig', () => {
  it('guards the prefix with auth_basic ahead of any regular-expression location, in every case, privately', () => {
    const conf = nginxConfig(options);
    expect(conf).toContain('location ^~ /partners/tables/ {');
    expect(conf).toContain('location = /partners/tables {');
    expect(conf).toContain('location ~* ^/+partners/tables(?:/|$) {');
    expect(conf.match(/auth_basic_user_file \/etc\/statlas\/users\.htpasswd;/g)).toHaveLength(3);
    expect(conf.match(/add_header Cache-Control "private, no-store" always;/g)).toHaveLength(3);
    expect(conf.match(/^ {4}autoindex off;$/gm)).toHaveLength(3);
    // Nothing at server level, where it could clash with the host's own directives.
    expect(conf.split('\n').filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith(' ') && !l.startsWith('location') && l !== '}')).toEqual([]);
  });
});

describe('caddyConfig', () => {
  it('guards every spelling of the prefix with basicauth and imports the Caddy form of the users file', () => {
    const conf = caddyConfig(options);
    expect(conf).toContain('@statlas_tables path_regexp statlas_tables (?i)^/+partners/tables(?:/|$)');
    expect(conf).toContain('basicauth @statlas_tables bcrypt "Atlas full tables" {\n\timport /etc/statlas/users.caddy\n}');
    expect(conf).toContain('header @statlas_tables Cache-Control "private, no-store"');
  });
});

describe('the users file', () => {
  const hash = '$2b$10$FEOoSZ.NkAq60d31VQwOJeK1JHSqcl5NS30c3tkC3oTwM651tyscm';

  it('reads and writes htpasswd and the Caddy form, sorted by name', () => {
    const users = parseUsersFile(`# c\nzoe:${hash}\n\nal:${hash}\n`, 'u');
    expect([...users.keys()]).toEqual(['zoe', 'al']);
    expect(formatHtpasswd(users).split('\n').slice(1)).toEqual([`al:${hash}`, `zoe:${hash}`, '']);
    expect(formatCaddyUsers(users).split('\n').slice(1, 3)).toEqual([`al ${hash}`, `zoe ${hash}`]);
  });

  it('refuses anything but bcrypt, naming the line', () => {
    expect(() => parseUsersFile(`al:${hash}\nbob:{SHA}abc=\n`, 'users.htpasswd')).toThrow('users.htpasswd:2: not a "name:bcrypt-hash" line');
  });

  it('wants passwords of 10 characters to 72 bytes', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/);
    expect(passwordProblem('x'.repeat(73))).toMatch(/72 bytes/);
    expect(passwordProblem('a good long password')).toBeNull();
  });
});

describe('the tables config', () => {
  it('defaults the prefix to /tables/ and refuses prefixes that would break out or take a public route', () => {
    expect(tablesConfigSchema.parse({}).prefix).toBe('/tables/');
    for (const prefix of ['tables/', '/tables', '/Tables/', '/ta bles/', '/../', '/indicators/', '/tables/"x"/']) expect(tablesConfigSchema.safeParse({ prefix }).success, prefix).toBe(false);
    expect(tablesConfigSchema.safeParse({ users_file: 'relative.htpasswd' }).success).toBe(false);
    expect(tablesConfigSchema.safeParse({ realm: 'evil"; autoindex on; #' }).success).toBe(false);
  });
});
