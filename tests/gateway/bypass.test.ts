/**
 * Crafted requests that try to reach the full tables without credentials, sent over raw sockets
 * so that nothing tidies them first: encoded and double-encoded paths, dot segments, doubled
 * slashes and backslashes, other cases, trailing dots and slashes, HEAD and other methods, query
 * strings and fragments, absolute-form targets, broken Authorization headers, direct CSV and JSON
 * URLs, index.html, and the public routes a protected dataset, indicator or level would have had.
 * Every one must fail (status 400 or above) with nothing protected in the answer, on nginx and
 * on Caddy, each running the generated gateway configuration.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLocalGateway, type LocalGateway, type ServerKind } from '../../src/gateway/local-server.ts';
import { exampleSentinels, findNeedles } from '../helpers/built-site.ts';
import { users } from '../helpers/gateway-users.ts';
import { basicAuth, rawRequest, type RawRequest } from '../helpers/raw-http.ts';

const { site, gatewayDir, usersFile, work } = inject('gateway');
const REPO = resolve(new URL('../..', import.meta.url).pathname);
const ALICE = { user: 'alice', password: 'alice-correct-horse-battery' };
const SENTINELS = exampleSentinels(REPO);

const CSV = '/tables/child-protection/released.csv';
const JSON_TABLE = '/tables/domestic-abuse/domestic-abuse-repeat-victims/smallarea.json';
const PAGE = '/tables/child-protection/';

/** name -> request; `port` for absolute-form targets. `notFound`: must be 404 (no such public route). */
function attempts(port: number): { name: string; request: RawRequest; notFound?: boolean }[] {
  const basic = (text: string) => ({ Authorization: `Basic ${Buffer.from(text).toString('base64')}` });
  return [
    { name: 'the prefix itself', request: { target: '/tables/' } },
    { name: 'the prefix without its slash', request: { target: '/tables' } },
    { name: 'a protected page', request: { target: PAGE } },
    { name: 'a page without its trailing slash', request: { target: '/tables/child-protection' } },
    { name: 'index.html, another route to the same page', request: { target: `${PAGE}index.html` } },
    { name: 'a CSV directly', request: { target: CSV } },
    { name: 'a JSON table directly', request: { target: JSON_TABLE } },
    { name: '%74ables (one letter encoded)', request: { target: '/%74ables/child-protection/released.csv' } },
    { name: 'the whole prefix percent-encoded', request: { target: '/%74%61%62%6c%65%73/child-protection/released.csv' } },
    { name: '%2F for the slashes', request: { target: '/tables%2Fchild-protection%2Freleased.csv' } },
    { name: 'double-encoded %252F', request: { target: '/tables%252Fchild-protection%252Freleased.csv' } },
    { name: '%2e%2e above the root', request: { target: '/%2e%2e/tables/child-protection/released.csv' } },
    { name: '%2e%2e from a public folder', request: { target: '/catalogue/%2e%2e/tables/child-protection/released.csv' } },
    { name: '.. from a public folder', request: { target: '/catalogue/../tables/child-protection/released.csv' } },
    { name: '..%2F from a public folder', request: { target: '/catalogue/..%2Ftables/child-protection/released.csv' } },
    { name: './ before the prefix', request: { target: '/./tables/child-protection/released.csv' } },
    { name: 'a doubled leading slash', request: { target: '//tables/child-protection/released.csv' } },
    { name: 'doubled slashes inside', request: { target: '/tables//child-protection//released.csv' } },
    { name: 'a backslash (%5C) before the prefix', request: { target: '/%5Ctables/child-protection/released.csv' } },
    { name: 'upper case', request: { target: '/TABLES/child-protection/released.csv' } },
    { name: 'mixed case', request: { target: '/Tables/Child-Protection/Released.CSV' } },
    { name: 'a trailing dot on the prefix', request: { target: '/tables./child-protection/released.csv' } },
    { name: 'a trailing dot on the file', request: { target: `${CSV}.` } },
    { name: 'a trailing slash on the file', request: { target: `${CSV}/` } },
    { name: 'an encoded dot in the extension', request: { target: '/tables/child-protection/released%2ecsv' } },
    { name: 'a ;parameter on the prefix', request: { target: '/tables;x=1/child-protection/released.csv' } },
    { name: 'an encoded NUL', request: { target: `${CSV}%00` } },
    { name: 'a query string', request: { target: `${CSV}?download=1` } },
    { name: 'a fragment sent on the wire', request: { target: `${CSV}#top` } },
    { name: 'an absolute-form target', request: { target: `http://127.0.0.1:${port}${CSV}` } },
    { name: 'HEAD', request: { method: 'HEAD', target: CSV } },
    { name: 'OPTIONS', request: { method: 'OPTIONS', target: CSV } },
    { name: 'POST', request: { method: 'POST', target: CSV, headers: { 'Content-Length': '0' } } },
    { name: 'a Range request', request: { target: CSV, headers: { Range: 'bytes=0-200' } } },
    { name: 'HTTP/1.0 without Host', request: { target: CSV, version: 'HTTP/1.0', headers: { Host: '' } } },
    { name: 'another Host name', request: { target: CSV, headers: { Host: 'localhost' } } },
    { name: 'rewrite headers (X-Original-URL)', request: { target: CSV, headers: { 'X-Original-URL': '/', 'X-Rewrite-URL': '/' } } },
    { name: 'a Bearer token', request: { target: CSV, headers: { Authorization: 'Bearer statlas' } } },
    { name: 'Basic with broken base64', request: { target: CSV, headers: { Authorization: 'Basic !!!not-base64!!!' } } },
    { name: 'Basic without a colon', request: { target: CSV, headers: basic(ALICE.user) } },
    { name: 'Basic with an empty password', request: { target: CSV, headers: basic(`${ALICE.user}:`) } },
    { name: 'Basic with a wrong password', request: { target: CSV, headers: basicAuth(ALICE.user, 'wrong-password-123') } },
    { name: 'Basic with the password as user name', request: { target: CSV, headers: basic(`${ALICE.password}:${ALICE.user}`) } },
    { name: 'the public page of a protected indicator', request: { target: '/indicators/domestic-abuse-repeat-victims/' }, notFound: true },
    { name: 'the public CSV of a protected level', request: { target: '/indicators/domestic-abuse-incidents/smallarea/2023.csv' }, notFound: true },
    { name: 'the public map values of a protected level', request: { target: '/indicators/domestic-abuse-incidents/smallarea/2023.json' }, notFound: true },
    { name: 'the public page of a protected dataset\'s indicator', request: { target: '/indicators/child-protection-plans/' }, notFound: true },
    { name: 'the publisher\'s file under /datasets/', request: { target: '/datasets/child-protection/child-protection-plans-small-areas.csv' }, notFound: true },
    { name: 'a small area\'s profile CSV holding protected figures', request: { target: '/areas/smallarea/X01000001.csv' } },
  ];
}

/** What a successful bypass would show: a sentinel value or the mark every full-table page carries. */
function protectedContent(body: string): string[] {
  const found = [...findNeedles(body, SENTINELS)];
  if (body.includes('data-statlas-tier="protected"')) found.push('data-statlas-tier="protected"');
  return found;
}

beforeAll(() => {
  expect(users(['add', ALICE.user, '--file', usersFile, '--cost', '10'], ALICE.password).status).toBe(0);
});

const results: Record<string, { total: number; refused: number }> = {};
afterAll(() => console.log(`bypass suite: ${Object.entries(results).map(([k, r]) => `${k}: ${r.refused} of ${r.total} crafted requests got nothing protected`).join('; ')}`));

describe.each<ServerKind>(['nginx', 'caddy'])('bypass attempts on %s', (kind) => {
  let server: LocalGateway;
  beforeAll(async () => {
    server = await startLocalGateway({ kind, siteDir: site, gatewayDir, workDir: `${work}/bypass-${kind}` });
  });
  afterAll(async () => server?.stop());

  it('has at least 20 crafted requests', () => {
    expect(attempts(server.port).length).toBeGreaterThanOrEqual(20);
  });

  it('refuses every crafted request and gives away nothing protected', async () => {
    const outcomes: string[] = [];
    let refused = 0;
    const list = attempts(server.port);
    for (const { name, request, notFound } of list) {
      const response = await rawRequest(server.port, request, 30_000);
      const leaked = protectedContent(response.body);
      // The one public route in the list: a small area's profile CSV exists, and must hold no protected figure.
      const publicRoute = request.target === '/areas/smallarea/X01000001.csv';
      const ok = leaked.length === 0 && (publicRoute ? response.status === 200 : notFound ? response.status === 404 : response.status >= 400);
      if (ok) refused++;
      outcomes.push(`${ok ? 'refused' : 'GOT THROUGH'} ${response.status} ${request.method ?? 'GET'} ${request.target} (${name})${leaked.length ? ` leaked ${leaked.slice(0, 3).join(', ')}` : ''}`);
    }
    results[kind] = { total: list.length, refused };
    expect(outcomes.filter((o) => !o.startsWith('refused')), outcomes.join('\n')).toEqual([]);
  });

  it('still serves the same files to a registered partner (the attempts were aimed right)', async () => {
    const csv = await rawRequest(server.port, { target: CSV, headers: basicAuth(ALICE.user, ALICE.password) }, 30_000);
    expect(csv.status).toBe(200);
    expect(protectedContent(csv.body).length).toBeGreaterThan(0);
    expect(csv.body).toBe(readFileSync(`${site}${CSV}`, 'utf8'));
    const json = await rawRequest(server.port, { target: JSON_TABLE, headers: basicAuth(ALICE.user, ALICE.password) }, 30_000);
    expect(json.status).toBe(200);
    const page = await rawRequest(server.port, { target: '/tables/%2e/child-protection/', headers: basicAuth(ALICE.user, ALICE.password) }, 30_000);
    expect(page.status).toBe(200);
    expect(protectedContent(page.body)).toContain('data-statlas-tier="protected"');
  });
});
