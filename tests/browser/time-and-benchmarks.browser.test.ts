/**
 * Change over time and benchmarks on real pages of the example atlas, in Chromium: the trend
 * chart's SVG renders (a drawn line, a marker per value, a confidence band) on an indicator page
 * and on an area profile; the area profile's spine charts render, one per row of its table; the
 * change map draws its diverging classes, its table matches its CSV; and axe finds no WCAG 2.2 AA
 * violation on any of them, with every trend opened.
 *
 * Pages are found from the built site, not hard-coded: the first indicator with change maps, and
 * an area page linked from its table. STATLAS_TEST_DIST=dir reuses an existing build.
 */
import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { formatViolations, launchBrowser, openPage, runAxe, waitForMap, type BrowserSession, type OpenedPage } from '../helpers/browser.ts';

let dist = '';
let server: StaticServer | undefined;
let browser: BrowserSession | undefined;
/** A change page, e.g. /indicators/<id>/<level>/change/<from>-to-<to>/, and its indicator page. */
let changePage = '';
let indicatorPage = '';

/** The first change page in the built site, preferring a rate (whose changes are tested). */
async function findChangePage(): Promise<string> {
  const found: string[] = [];
  for (const id of (await readdir(join(dist, 'indicators'))).sort()) {
    const dir = join(dist, 'indicators', id);
    for (const level of (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      const changes = join(dir, level, 'change');
      if (!existsSync(changes)) continue;
      for (const pair of (await readdir(changes, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()) found.push(`/indicators/${id}/${level}/change/${pair}/`);
    }
  }
  return found.find((p) => p.startsWith('/indicators/anti-social-behaviour/')) ?? found[0]!;
}

beforeAll(async () => {
  dist = inject('exampleSite'); // built once for the project: tests/browser/setup.ts
  changePage = await findChangePage();
  indicatorPage = changePage.replace(/change\/[^/]+-to-([^/]+)\/$/, '$1/');
  server = await startStaticServer(dist);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (path: string) => openPage(browser!.context, new URL(path, server!.url).href);

/** What the first trend chart on the page actually rendered. */
async function trendRendering(opened: OpenedPage) {
  return opened.page.locator('svg[data-chart="trend"]').first().evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const line = svg.querySelector<SVGPathElement>('path.line');
    const band = svg.querySelector<SVGPathElement>('path.band');
    return {
      width: box.width,
      height: box.height,
      lineLength: line ? line.getTotalLength() : 0,
      bandArea: band ? band.getBBox().width * band.getBBox().height : 0,
      markers: svg.querySelectorAll('circle.marker').length,
      accessibleName: [...(svg.getAttribute('aria-labelledby') ?? '').split(' ')].map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
    };
  });
}

async function expectAccessible(path: string, opened: OpenedPage): Promise<void> {
  expect.soft(formatViolations(await runAxe(opened.page)), `${path}: axe WCAG 2.2 AA violations`).toEqual([]);
  expect.soft(opened.problems, `${path}: console errors and failed requests`).toEqual([]);
}

describe('time and benchmarks in Chromium', () => {
  it('indicator page: the trend chart SVG renders a line, a marker per value and a confidence band', async () => {
    const opened = await open(indicatorPage);
    const trend = await trendRendering(opened);
    expect(trend.width, `${indicatorPage}: trend chart width`).toBeGreaterThan(300);
    expect(trend.height).toBeGreaterThan(100);
    expect(trend.lineLength, 'drawn line length').toBeGreaterThan(100);
    expect(trend.markers).toBeGreaterThan(1);
    expect(trend.bandArea, 'confidence band area').toBeGreaterThan(0);
    expect(trend.accessibleName).toMatch(/Whole atlas/);
    const tableRows = await opened.page.locator('figure.trend + .table-scroll tbody tr').count();
    expect(tableRows, 'trend table rows').toBe(trend.markers);
    expect(await opened.page.locator(`a[href="${changePage}"]`).count(), 'link to the change map').toBeGreaterThan(0);
    await expectAccessible(indicatorPage, opened);
    await opened.page.close();
  });

  it('change page: the diverging map draws, and its table matches its CSV', async () => {
    const opened = await open(changePage);
    const map = await waitForMap(opened.page);
    expect(map.renderedFeatures).toBeGreaterThan(0);
    expect(map.fillPixels / map.totalPixels).toBeGreaterThan(0.05);
    expect(map.distinctColours).toBeGreaterThan(1);
    const rows = await opened.page.locator('main table tbody tr').count();
    const href = await opened.page.locator('a[data-download="csv"]').first().getAttribute('href');
    const text = await (await fetch(new URL(href!, server!.url))).text();
    expect(text.trimEnd().split('\r\n').length - 1, `${href}: CSV rows vs table rows`).toBe(rows);
    await expectAccessible(changePage, opened);
    await opened.page.close();
  });

  it('area profile: a spine chart per indicator and the area\'s trend charts render, accessibly', async () => {
    const indicator = await open(indicatorPage);
    const areaPath = await indicator.page.locator('main table a[href^="/areas/"]').first().getAttribute('href');
    await indicator.page.close();
    expect(areaPath).toBeTruthy();
    const opened = await open(areaPath!);
    const spines = await opened.page.locator('svg.spine').evaluateAll((svgs) =>
      svgs.map((svg) => ({ width: svg.getBoundingClientRect().width, label: svg.getAttribute('aria-label') ?? '', shapes: svg.querySelectorAll('rect, line, path, circle').length })),
    );
    const rows = await opened.page.locator('table.benchmark-table tbody tr').count();
    expect(spines.length, `${areaPath}: spine charts vs table rows`).toBe(rows);
    for (const spine of spines) {
      expect(spine.width).toBeGreaterThan(100);
      expect(spine.shapes).toBeGreaterThanOrEqual(3);
      expect(spine.label).toMatch(/Centre line/);
    }
    expect(await opened.page.locator('table.benchmark-table .cmp-symbol').count()).toBeGreaterThan(0);
    await opened.page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const trend = await trendRendering(opened);
    expect(trend.width, `${areaPath}: trend chart width once opened`).toBeGreaterThan(300);
    expect(trend.lineLength).toBeGreaterThan(0);
    await expectAccessible(areaPath!, opened);
    await opened.page.close();
  });
});
