/**
 * The pages this feature adds, in real Chromium with axe-core (WCAG 2.2 AA): how to request
 * access, the public notices that link to the full tables, and the full-table pages themselves
 * (served here without the gateway: tests/gateway checks the gateway; this checks the pages).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe, type BrowserSession } from '../helpers/browser.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

let dist = '';
let server: StaticServer | undefined;
let browser: BrowserSession | undefined;

beforeAll(async () => {
  dist = inject('exampleSite'); // built once for the project: tests/browser/setup.ts
  server = await startStaticServer(dist);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
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
