/**
 * The pages this feature adds, in real Chromium with axe-core (WCAG 2.2 AA): how to request
 * access, the public notices that link to the full tables, and the full-table pages themselves
 * (served here without the gateway: tests/gateway checks the gateway; this checks the pages).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe, type BrowserSession } from '../helpers/browser.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const prebuilt = process.env.STATLAS_TEST_DIST;
let work = '';
let dist = '';
let server: StaticServer | undefined;
let browser: BrowserSession | undefined;

beforeAll(async () => {
  if (prebuilt) dist = prebuilt;
  else {
    work = mkdtempSync(join(tmpdir(), 'statlas-tables-browser-'));
    dist = join(work, 'dist');
    const env = { ...process.env };
    delete env.ATLAS_ROOT;
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', dist], { cwd: REPO, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`build failed:\n${(result.stdout + result.stderr).slice(-4000)}`);
  }
  server = await startStaticServer(dist);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const PAGES = [
  '/request-access/',
  '/datasets/domestic-abuse/',
  '/datasets/child-protection/',
  '/indicators/domestic-abuse-incidents/',
  '/tables/',
  '/tables/domestic-abuse/',
  '/tables/child-protection/released/',
  '/tables/domestic-abuse/domestic-abuse-incidents/smallarea/',
];

describe('full-table pages and their public notices', () => {
  it.each(PAGES)('%s loads cleanly and passes axe', async (path) => {
    const opened = await openPage(browser!.context, new URL(path, server!.url).href);
    try {
      expect(opened.problems).toEqual([]);
      expect(formatViolations(await runAxe(opened.page))).toEqual([]);
    } finally {
      await opened.page.close();
    }
  });

  it('links public pages to the full tables with a plain notice and to how to register', async () => {
    const opened = await openPage(browser!.context, new URL('/indicators/domestic-abuse-incidents/', server!.url).href);
    try {
      const notice = opened.page.locator('aside.tables-notice');
      await expect(notice.textContent()).resolves.toMatch(/registration needed/);
      expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/tables/domestic-abuse/', '/request-access/']);
    } finally {
      await opened.page.close();
    }
  });
});
