/**
 * The example atlas, built end to end and read in real Chromium: every page type loads without
 * errors, passes axe (WCAG 2.2 AA), starts keyboard navigation at the skip link, offers a CSV
 * matching its table, and the indicator pages draw their choropleth, with MapLibre fetched only
 * after the table is in the DOM and never on pages without a map.
 *
 * Page URLs are discovered by following links from the home page, never hard-coded, so the test
 * keeps working as the example atlas's datasets change.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import {
  findMaplibreFiles,
  firstTabStop,
  formatViolations,
  launchBrowser,
  openPage,
  pageTimeline,
  runAxe,
  waitForMap,
  type BrowserSession,
  type MapCheck,
  type OpenedPage,
} from '../helpers/browser.ts';

/** URL path patterns from the site contract (directory format, trailing slash). */
const INDICATOR_PAGE = /^\/indicators\/[a-z][a-z0-9-]*\/$/;
const VARIANT_PAGE = /^\/indicators\/[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*\/[^/]+\/$/;
const AREA_PAGE = /^\/areas\/[a-z][a-z0-9-]*\/[^/]+\/$/;
const LEVEL_PAGE = /^\/areas\/[a-z][a-z0-9-]*\/$/;
const DATASET_PAGE = /^\/datasets\/[a-z][a-z0-9-]*\/$/;

let dist = '';
let server: StaticServer | undefined;
let browser: BrowserSession | undefined;
/** dist-relative paths of the built files that contain MapLibre. */
let maplibreFiles: string[] = [];
/** Discovered as the tests go: home -> indicator -> variant and area. */
const found: { indicator?: string; variant?: string; area?: string; level?: string; dataset?: string } = {};

beforeAll(async () => {
  dist = inject('exampleSite'); // built once for the project: tests/browser/setup.ts
  maplibreFiles = await findMaplibreFiles(dist);
  server = await startStaticServer(dist);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Absolute URL for a site path. */
function url(path: string): string {
  return new URL(path, server!.url).href;
}

/** Site-internal link paths on the page (no query or hash), in document order, deduplicated. */
async function linkPaths(opened: OpenedPage): Promise<string[]> {
  const hrefs = await opened.page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(server!.url).origin;
  const paths = hrefs
    .map((h) => new URL(h))
    .filter((u) => u.origin === origin)
    .map((u) => u.pathname);
  return [...new Set(paths)];
}

/** Requests the page made for files that contain MapLibre. */
function maplibreRequests(opened: OpenedPage): string[] {
  return opened.requests
    .map((r) => new URL(r.url).pathname.replace(/^\//, ''))
    .filter((p) => maplibreFiles.includes(p));
}

/**
 * A minimal RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes): enough to
 * count records honestly, which splitting on "\n" is not when a name contains a line break.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

/** Fetches the page's CSV download and returns its records (header first). */
async function downloadCsv(opened: OpenedPage): Promise<{ href: string; records: string[][] }> {
  const links = opened.page.locator('a[data-download="csv"]');
  expect(await links.count(), 'page has a CSV download link (a[data-download="csv"])').toBeGreaterThan(0);
  const href = await links.first().evaluate((a) => (a as HTMLAnchorElement).href);
  const response = await fetch(href);
  expect(response.status, `CSV ${href}`).toBe(200);
  expect(response.headers.get('content-type') ?? '', `CSV ${href} content type`).toMatch(/^text\/csv/);
  return { href, records: parseCsv(await response.text()) };
}

/** Row counts of every data table in the page's main content, largest first. */
async function tableRowCounts(opened: OpenedPage): Promise<number[]> {
  const counts = await opened.page.$$eval('main table', (tables) =>
    tables.map((t) => t.querySelectorAll('tbody tr').length),
  );
  return counts.sort((a, b) => b - a);
}

/**
 * The checks every page type shares: the first Tab stop is a working skip link, any map draws,
 * axe finds nothing. Each test then checks that nothing errored or 404ed along the way (last, so
 * errors from the map and from axe's own run are included). Axe and error lists use
 * `expect.soft` so one run reports all of a page's problems, not just the first.
 */
async function checkPage(path: string, options: { waitUntil?: 'load' | 'networkidle' } = {}) {
  const opened = await openPage(browser!.context, url(path), options);

  const tab = await firstTabStop(opened.page);
  expect(tab.tag, `${path}: first Tab stop is a link`).toBe('a');
  expect(tab.text, `${path}: first Tab stop is the skip link`).toMatch(/skip/i);
  expect(tab.href ?? '', `${path}: skip link points within the page`).toMatch(/^#./);
  const targetExists = await opened.page.evaluate(
    (id) => document.getElementById(decodeURIComponent(id)) !== null,
    (tab.href ?? '#').slice(1),
  );
  expect(targetExists, `${path}: skip link target ${tab.href} exists`).toBe(true);

  let map: MapCheck | null = null;
  if ((await opened.page.locator('.statlas-map').count()) > 0) map = await waitForMap(opened.page);

  const violations = formatViolations(await runAxe(opened.page));
  expect.soft(violations, `${path}: axe WCAG 2.2 AA violations`).toEqual([]);
  return { opened, map };
}

/** Asserts that a map check proves a painted choropleth, with a readable failure. */
function expectMapDrawn(path: string, map: MapCheck | null): void {
  expect(map, `${path}: page has a .statlas-map`).not.toBeNull();
  const m = map!;
  expect(m.renderedFeatures, `${path}: areas-fill features rendered`).toBeGreaterThan(0);
  expect(m.renderedCodes, `${path}: distinct area codes rendered`).toBeGreaterThan(1);
  // At least 5% of the canvas is choropleth fill, and more than one class colour is visible.
  expect(m.fillPixels / m.totalPixels, `${path}: share of canvas painted by areas-fill`).toBeGreaterThan(0.05);
  expect(m.nonBackgroundPixels / m.totalPixels, `${path}: share of canvas not background`).toBeGreaterThan(0.05);
  expect(m.distinctColours, `${path}: colours on the map`).toBeGreaterThan(1);
}

/** A page's CSV has one record per row of its main (largest) table, plus a header. */
async function expectCsvMatchesTable(path: string, opened: OpenedPage): Promise<void> {
  const counts = await tableRowCounts(opened);
  expect(counts[0] ?? 0, `${path}: main table has rows`).toBeGreaterThan(0);
  const { href, records } = await downloadCsv(opened);
  expect(records[0]?.join(',') ?? '', `${href}: header names the area code`).toMatch(/code/i);
  expect(records.length - 1, `${href}: data rows vs table rows on ${path} (tables: ${counts.join(', ')})`).toBe(
    counts[0],
  );
}

describe('example atlas in Chromium', () => {
  it('builds MapLibre into a separate chunk that the tests can recognise', () => {
    // Without this the "not loaded" checks below would pass vacuously.
    expect(maplibreFiles.length, 'built JS files containing MapLibre').toBeGreaterThan(0);
  });

  it('home page: clean, accessible, links to indicators, loads no MapLibre', async () => {
    const { opened } = await checkPage('/', { waitUntil: 'networkidle' });
    const links = await linkPaths(opened);
    found.indicator = links.find((p) => INDICATOR_PAGE.test(p));
    found.area ??= links.find((p) => AREA_PAGE.test(p));
    found.level = links.find((p) => LEVEL_PAGE.test(p));
    found.dataset = links.find((p) => DATASET_PAGE.test(p));
    expect.soft(maplibreRequests(opened), 'MapLibre requested by the home page').toEqual([]);
    expect.soft(opened.problems, 'console errors and failed requests on /').toEqual([]);
    await opened.page.close();
  });

  it('catalogue: clean, accessible, loads no MapLibre', async () => {
    const { opened } = await checkPage('/catalogue/', { waitUntil: 'networkidle' });
    const links = await linkPaths(opened);
    found.indicator ??= links.find((p) => INDICATOR_PAGE.test(p));
    expect(links.some((p) => INDICATOR_PAGE.test(p)), 'catalogue links to indicator pages').toBe(true);
    if ((await opened.page.locator('a[data-download="csv"]').count()) > 0) {
      const { records } = await downloadCsv(opened);
      expect(records.length, 'catalogue CSV has a header and rows').toBeGreaterThan(1);
    }
    expect.soft(maplibreRequests(opened), 'MapLibre requested by the catalogue').toEqual([]);
    expect.soft(opened.problems, 'console errors and failed requests on /catalogue/').toEqual([]);
    await opened.page.close();
  });

  it('indicator page: map drawn, table and CSV agree, MapLibre fetched only after the table', async () => {
    const path = found.indicator;
    expect(path, 'an indicator page linked from home or catalogue').toBeDefined();
    const { opened, map } = await checkPage(path!);
    // Discover the next pages first, so their tests run even if this page's checks fail.
    const links = await linkPaths(opened);
    found.variant = links.find((p) => VARIANT_PAGE.test(p) && p.startsWith(path!));
    found.area ??= links.find((p) => AREA_PAGE.test(p));

    expectMapDrawn(path!, map);
    await expectCsvMatchesTable(path!, opened);

    // Lazy loading: the MapLibre chunk starts downloading only once the static HTML (with its
    // summary and table) is parsed, never from the document head or a modulepreload.
    const timeline = await pageTimeline(opened.page);
    const chunkStarts = timeline.resources
      .filter((r) => maplibreFiles.includes(new URL(r.url).pathname.replace(/^\//, '')))
      .map((r) => r.startTime);
    expect(chunkStarts.length, `${path}: MapLibre chunk requested`).toBeGreaterThan(0);
    const firstChunk = Math.min(...chunkStarts);
    expect(timeline.tableRowAt, `${path}: table rows in the DOM`).not.toBeNull();
    expect(firstChunk, `${path}: MapLibre fetch start vs first table row in DOM (ms)`).toBeGreaterThan(
      timeline.tableRowAt!,
    );
    expect(firstChunk, `${path}: MapLibre fetch start vs document parsed (ms)`).toBeGreaterThanOrEqual(
      timeline.domInteractive,
    );

    expect.soft(opened.problems, `console errors and failed requests on ${path}`).toEqual([]);
    await opened.page.close();
  });

  it('indicator level/period page: map drawn, table and CSV agree', async () => {
    const path = found.variant;
    expect(path, 'a /indicators/<id>/<level>/<period>/ link on the indicator page').toBeDefined();
    const { opened, map } = await checkPage(path!);
    expectMapDrawn(path!, map);
    await expectCsvMatchesTable(path!, opened);
    expect.soft(opened.problems, `console errors and failed requests on ${path}`).toEqual([]);
    await opened.page.close();
  });

  it('area page: clean, accessible, table and CSV agree', async () => {
    const path = found.area;
    expect(path, 'an /areas/<level>/<code>/ link on the home or indicator page').toBeDefined();
    const { opened, map } = await checkPage(path!);
    // An area profile may show a locator map; if it does, it must draw.
    if (map) expect(map.renderedFeatures, `${path}: areas-fill features rendered`).toBeGreaterThan(0);
    await expectCsvMatchesTable(path!, opened);
    expect.soft(opened.problems, `console errors and failed requests on ${path}`).toEqual([]);
    await opened.page.close();
  });

  // SPEC: axe finds no violation on *any* page type, so the remaining page types get the
  // shared checks too (they carry no map, so they must not load MapLibre either).
  for (const kind of ['level', 'dataset'] as const) {
    it(`${kind} page: clean, accessible, loads no MapLibre`, async () => {
      const path = found[kind];
      expect(path, `a ${kind === 'level' ? '/areas/<level>/' : '/datasets/<id>/'} link on the home page`).toBeDefined();
      const { opened } = await checkPage(path!, { waitUntil: 'networkidle' });
      expect.soft(maplibreRequests(opened), `MapLibre requested by ${path}`).toEqual([]);
      expect.soft(opened.problems, `console errors and failed requests on ${path}`).toEqual([]);
      await opened.page.close();
    });
  }

  it('custom level (locality partnerships): every partnership drawn, table and CSV agree, its area page lists its wards', async () => {
    const path = '/indicators/population/locality/2023/';
    const { opened, map } = await checkPage(path);
    expectMapDrawn(path, map);
    expect(map!.renderedCodes, `${path}: the 13 partnerships drawn`).toBe(13);
    await expectCsvMatchesTable(path, opened);
    expect(await opened.page.locator('main').innerText()).toMatch(/Locality partnerships are custom areas, each made of whole wards\./);
    expect.soft(opened.problems, `console errors and failed requests on ${path}`).toEqual([]);
    await opened.page.close();

    const area = '/areas/locality/X90000001/';
    const profile = await checkPage(area);
    expect(await profile.opened.page.locator('h2', { hasText: 'Wards making up Ashenford North' }).count()).toBe(1);
    await expectCsvMatchesTable(area, profile.opened);
    expect.soft(profile.opened.problems, `console errors and failed requests on ${area}`).toEqual([]);
    await profile.opened.page.close();
  });
});
