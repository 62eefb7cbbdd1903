/**
 * The generated gateway configuration, as written, in front of the built example atlas on real
 * nginx and Caddy (127.0.0.1, started and stopped here by PID): public pages open to everyone;
 * every page, CSV and JSON of the full tables answers 401 without credentials, with a wrong
 * password and for a removed user, and 200 (private, not cached) for a registered partner.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLocalGateway, type LocalGateway, type ServerKind } from '../../src/gateway/local-server.ts';
import { isUnderPrefix, siteFiles } from '../helpers/built-site.ts';
import { users } from '../helpers/gateway-users.ts';
import { basicAuth, rawRequest, type RawResponse } from '../helpers/raw-http.ts';

const { site, gatewayDir, usersFile, work } = inject('gateway');
const PREFIX = '/tables/';
const ALICE = { user: 'alice', password: 'alice-correct-horse-battery' };
const BOB = { user: 'bob.partner@example.org', password: 'bob-staple-pencil-lamp' };

const files = siteFiles(site);
const protectedFiles = files.filter((f) => isUnderPrefix(f.path, PREFIX));
const PUBLIC_PAGES = ['/', '/catalogue/', '/catalogue.csv', '/catalogue.json', '/request-access/', '/datasets/domestic-abuse/', '/datasets/child-protection/', '/indicators/domestic-abuse-incidents/', '/indicators/domestic-abuse-incidents/ward/2023.csv', '/indicators/domestic-abuse-incidents/ward/2023.json', '/geography/ward.topo.json', '/build-report.json'];

/** One HTML page, one CSV and one JSON of each dataset's full tables. */
function onePerKindAndDataset(list: typeof protectedFiles): typeof protectedFiles {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = `${f.path.split('/')[1]}:${f.path.split('.').at(-1)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Runs requests a few at a time, so a slow bcrypt check per request does not time out. */
async function each<T>(items: T[], run: (item: T) => Promise<void>, width = 8): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(run));
}

beforeAll(() => {
  for (const { user, password } of [ALICE, BOB]) {
    const added = users(['add', user, '--file', usersFile, '--cost', '10'], password);
    expect(added.status, added.output).toBe(0);
  }
});

it('has full tables to guard: pages, CSVs and JSON for every dataset', () => {
  const kinds = new Set(protectedFiles.map((f) => f.path.split('.').at(-1)));
  expect([...kinds].sort()).toEqual(['csv', 'html', 'json']);
  expect(protectedFiles.length).toBeGreaterThan(50);
});

describe.each<ServerKind>(['nginx', 'caddy'])('%s with the generated gateway', (kind) => {
  let server: LocalGateway;
  // Requests with credentials wait for bcrypt on a shared CPU: allow them time.
  const get = (target: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> => rawRequest(server.port, { method, target, headers }, 30_000);
  const start = async () => {
    server = await startLocalGateway({ kind, siteDir: site, gatewayDir, workDir: `${work}/${kind}-${Date.now()}` });
  };

  beforeAll(async () => {
    // Bob may have been removed by the other server's tests.
    expect(users(['add', BOB.user, '--file', usersFile, '--cost', '10'], BOB.password).status).toBe(0);
    await start();
  });
  afterAll(async () => server?.stop());

  it('listens on 127.0.0.1 only, under its own PID', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.pid).toBeGreaterThan(0);
  });

  it('serves public pages to everyone, without asking for a password', async () => {
    for (const page of PUBLIC_PAGES) {
      const response = await get(page);
      expect(response.status, `${page}\n${server.logs().slice(-500)}`).toBe(200);
      expect(response.headers['www-authenticate'], page).toBeUndefined();
    }
  });

  it('answers 401 for every protected page, CSV and JSON without credentials', async () => {
    await each(protectedFiles, async (file) => {
      const response = await get(file.url);
      expect(response.status, file.url).toBe(401);
      expect(response.headers['www-authenticate'], file.url).toMatch(/^Basic realm="Wyvernshire Atlas full tables"/);
      expect(response.headers['cache-control'], file.url).toBe('private, no-store');
      expect(response.body, file.url).not.toContain('data-statlas-tier');
    });
  });

  it('answers 401 for every protected file with a wrong password, or an unknown user', async () => {
    await each(protectedFiles, async (file) => {
      expect((await get(file.url, basicAuth(ALICE.user, `${ALICE.password}x`))).status, file.url).toBe(401);
    });
    expect((await get(PREFIX, basicAuth('mallory', ALICE.password))).status).toBe(401);
    expect((await get(PREFIX, basicAuth(ALICE.user, ''))).status).toBe(401);
  });

  it('serves every protected file to a registered partner, unchanged, private and uncached', async () => {
    await each(protectedFiles, async (file) => {
      const response = await get(file.url, basicAuth(ALICE.user, ALICE.password));
      expect(response.status, file.url).toBe(200);
      expect(response.headers['cache-control'], file.url).toBe('private, no-store');
      expect(response.body, file.url).toBe(file.bytes.toString('utf8'));
    });
  });

  it('answers 401 to a user who has been removed', async () => {
    const sample = protectedFiles.filter((_, i) => i % 7 === 0);
    expect((await get(sample[0]!.url, basicAuth(BOB.user, BOB.password))).status).toBe(200);
    const removed = users(['remove', BOB.user, '--file', usersFile]);
    expect(removed.status, removed.output).toBe(0);
    // nginx reads the file on every request; Caddy reads it when its config loads (README: `caddy reload`).
    if (kind === 'caddy') {
      await server.stop();
      await start();
    }
    // Caddy checks an unknown user against a bcrypt hash of cost 14 (so that timing does not tell
    // which names exist): about a second of CPU a request. There, one page, CSV and JSON of each
    // dataset stand for the rest; nginx is asked for every file.
    const targets = kind === 'nginx' ? protectedFiles : onePerKindAndDataset(protectedFiles);
    await each(targets, async (file) => {
      expect((await get(file.url, basicAuth(BOB.user, BOB.password))).status, file.url).toBe(401);
    }, kind === 'nginx' ? 8 : 2);
    expect((await get(sample[0]!.url, basicAuth(ALICE.user, ALICE.password))).status).toBe(200);
  });

  it('accepts a partner added with Apache htpasswd (bcrypt $2y$) once the users command has written the file', async () => {
    const carol = { user: `carol-${kind}`, password: 'carol-long-password' };
    const made = spawnSync('htpasswd', ['-i', '-B', '-C', '10', usersFile, carol.user], { input: `${carol.password}\n`, encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    // The users command rewrites both forms (htpasswd and Caddy's), keeping the htpasswd user.
    expect(users(['add', `dave-${kind}`, '--file', usersFile, '--cost', '10'], 'dave-long-password').status).toBe(0);
    if (kind === 'caddy') {
      await server.stop();
      await start();
    }
    expect((await get(PREFIX, basicAuth(carol.user, carol.password))).status).toBe(200);
    expect((await get(PREFIX, basicAuth(carol.user, 'carol-wrong-password'))).status).toBe(401);
  });

  it('lists no directory, public or protected', async () => {
    for (const dir of ['/_astro/', '/geography/', '/indicators/domestic-abuse-incidents/ward/']) {
      const response = await get(dir);
      expect([403, 404], dir).toContain(response.status);
      expect(response.body, dir).not.toMatch(/Index of|<title>[^<]*\/<\/title>/);
    }
    const inside = await get(`${PREFIX}domestic-abuse/domestic-abuse-incidents/`, basicAuth(ALICE.user, ALICE.password));
    expect([403, 404]).toContain(inside.status);
    expect(inside.body).not.toMatch(/Index of|ward\.csv/);
  });
});
