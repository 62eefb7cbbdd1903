/**
 * The edge gateways as generated (Netlify edge function, Cloudflare Pages middleware), loaded
 * from the files the build writes and run on web-standard Requests.
 */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import bcrypt from 'bcryptjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { edgeSource } from '../../../src/gateway/edge-source.ts';
import { gatewayFiles } from '../../../src/gateway/gateway-files.ts';

const options = { prefix: '/tables/', realm: 'Test atlas full tables', usersFile: '/etc/statlas/users.htpasswd', title: 'Test atlas' };
const USERS = `# comment\nalice:${bcrypt.hashSync('alice-password-1', 10)}\n`;
const auth = (user: string, password: string) => ({ Authorization: `Basic ${btoa(`${user}:${password}`)}` });

type Handler = (request: Request) => Promise<Response>;
let netlify: Handler;
let cloudflare: Handler;
let netlifyNoUsers: Handler;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'statlas-edge-'));
  for (const [path, text] of Object.entries(gatewayFiles(options, edgeSource()))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const served = (request: Request) => Promise.resolve(new Response(`file ${new URL(request.url).pathname}`, { headers: { 'Cache-Control': 'public, max-age=3600' } }));
  const netlifyModule = (await import(pathToFileURL(join(dir, 'netlify/edge-functions/statlas-gateway.js')).href)) as { default: (r: Request, c: { next: () => Promise<Response> }) => Promise<Response>; config: { path: string } };
  expect(netlifyModule.config.path).toBe('/*');
  const withEnv = (users: string | undefined): Handler => (request) => {
    (globalThis as Record<string, unknown>).Netlify = { env: { get: (name: string) => (name === 'STATLAS_USERS' ? users : undefined) } };
    return netlifyModule.default(request, { next: () => served(request) });
  };
  netlify = withEnv(USERS);
  netlifyNoUsers = withEnv(undefined);
  const cf = (await import(pathToFileURL(join(dir, 'cloudflare/functions/_middleware.js')).href)) as { onRequest: (c: { request: Request; env: Record<string, string>; next: () => Promise<Response> }) => Promise<Response> };
  cloudflare = (request) => cf.onRequest({ request, env: { STATLAS_USERS: USERS }, next: () => served(request) });
}, 60_000);

describe.each([['Netlify', () => netlify], ['Cloudflare Pages', () => cloudflare]] as const)('the %s gateway', (_, handler) => {
  const get = (path: string, headers: Record<string, string> = {}) => handler()(new Request(`https://atlas.example.org${path}`, { headers }));

  it('passes public requests through untouched', async () => {
    const response = await get('/indicators/x/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=3600');
  });

  it('asks for a password on protected paths, however spelled, and marks the answer private', async () => {
    for (const path of ['/tables/', '/tables', '/tables/a/b.csv', '/%74ables/a.csv', '/TABLES/a.csv', '/x/..%2Ftables/a.csv', '/tables%2Fa.csv', '/tables./a.csv']) {
      const response = await get(path);
      expect(response.status, path).toBe(401);
      expect(response.headers.get('WWW-Authenticate'), path).toBe('Basic realm="Test atlas full tables", charset="UTF-8"');
      expect(response.headers.get('Cache-Control'), path).toBe('private, no-store');
      expect(await response.text(), path).not.toContain('file ');
    }
  });

  it('refuses wrong passwords, unknown users and malformed headers', async () => {
    for (const headers of [auth('alice', 'wrong'), auth('mallory', 'alice-password-1'), { Authorization: 'Basic !!!' }, { Authorization: 'Bearer x' }, { Authorization: `Basic ${btoa('alice')}` }]) {
      expect((await get('/tables/a.csv', headers)).status, JSON.stringify(headers)).toBe(401);
    }
  });

  it('serves a registered partner, with the response made private', async () => {
    const response = await get('/tables/a.csv', auth('alice', 'alice-password-1'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('file /tables/a.csv');
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
  });
});

it('fails closed when the host has no users list', async () => {
  expect((await netlifyNoUsers(new Request('https://a.example/tables/x.csv', { headers: auth('alice', 'alice-password-1') }))).status).toBe(503);
  expect((await netlifyNoUsers(new Request('https://a.example/index.html'))).status).toBe(200);
});
