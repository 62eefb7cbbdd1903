/**
 * The national-scale atlas in Chromium: England's 32,844 LSOAs are drawn from the atlas's own
 * vector tiles (never the 7.7 MB TopoJSON), the map paints, one LSOA's published IMD rank
 * (E01000001, City of London 001A: "29,199" in File 1, read independently) colours its feature
 * and shows in the tooltip, and axe finds nothing. Builds the fixture unless
 * STATLAS_ENGLAND_DIST names a built site; skips, saying why, when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecipes } from '../../src/geography-build/run-recipes.ts';
import { buildSite, repoRoot } from '../helpers/fixture-atlas.ts';
import { formatViolations, launchBrowser, openPage, runAxe, waitForMap, type BrowserSession } from '../helpers/browser.ts';
import { parseCsv, publishedNumber } from '../helpers/leicestershire-data.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const FIXTURE = join(repoRoot, 'tests/fixtures/england');
const SHARED = resolve(repoRoot, '../shared/data/england');
const FILE1 = join(SHARED, 'imd2019-file1-index-of-multiple-deprivation.csv');
const present = existsSync(FILE1) && existsSync(join(SHARED, 'lsoa2011.topo.json'));
const TITLE = 'England real-data atlas in Chromium (vector tiles)';
if (!present) console.warn(`${TITLE}: skipped: the real data is not at ${SHARED}`);
const KNOWN = 'E01000001';

type PageMap = {
  queryRenderedFeatures(point?: [number, number] | { layers?: string[] }, options?: { layers?: string[] }): { id?: string | number; properties: Record<string, unknown> | null }[];
  getFeatureState(feature: { source: string; sourceLayer?: string; id: string }): Record<string, unknown>;
  fitBounds(bounds: [number, number, number, number], options: { padding: number; animate: boolean }): void;
  once(event: string, listener: () => void): void;
  project(lngLat: [number, number]): { x: number; y: number };
};

describe.skipIf(!present)(TITLE, () => {
  const prebuilt = process.env.STATLAS_ENGLAND_DIST;
  let dist = '';
  let server: StaticServer | undefined;
  let browser: BrowserSession | undefined;

  beforeAll(async () => {
    if (prebuilt) dist = prebuilt;
    else {
      if (!existsSync(join(FIXTURE, 'geography/build/lsoa.topo.json'))) await runRecipes(FIXTURE, () => {});
      dist = join(await mkdtemp(join(tmpdir(), 'statlas-england-browser-')), 'dist');
      const started = Date.now();
      const result = buildSite(FIXTURE, dist);
      expect(result.status, result.stderr.slice(-3000)).toBe(0);
      console.log(`england: site build ${Date.now() - started} ms`);
    }
    server = await startStaticServer(dist);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist && !prebuilt) await rm(resolve(dist, '..'), { recursive: true, force: true });
  });

  it(`draws 32,844 LSOAs from vector tiles, with ${KNOWN}'s published rank`, async () => {
    const rows = parseCsv(readFileSync(FILE1, 'utf8'));
    const header = rows[0]!;
    const row = rows.find((r) => r[header.indexOf('LSOA code (2011)')] === KNOWN)!;
    const rank = publishedNumber(row[header.indexOf('Index of Multiple Deprivation (IMD) Rank')]!);
    const shown = rank.toLocaleString('en-GB');

    const opened = await openPage(browser!.context, new URL('/indicators/imd-rank/', server!.url).href);
    const { page } = opened;
    const map = await waitForMap(page, 120_000);
    expect(map.renderedFeatures, 'LSOA features rendered at the national view').toBeGreaterThan(1000);
    expect(map.fillPixels / map.totalPixels, 'share of the canvas painted').toBeGreaterThan(0.05);
    expect(map.distinctColours, 'class colours on the map').toBeGreaterThan(1);

    const urls = opened.requests.map((r) => r.url);
    expect(urls.some((u) => /\/tiles\/lsoa\/\d+\/\d+\/\d+\.pbf$/.test(u)), 'vector tiles fetched').toBe(true);
    expect(urls.some((u) => u.endsWith('lsoa.topo.json')), 'the whole TopoJSON is not fetched').toBe(false);

    // Zoom to the City of London: the LSOA's feature is drawn, painted by its class, and its
    // tooltip (name fetched on first hover) shows the published rank.
    const values = JSON.parse(readFileSync(join(dist, 'indicators/imd-rank/lsoa/2019.json'), 'utf8')) as { areas: Record<string, unknown[]> };
    const found = await page.evaluate(
      ({ code }) =>
        new Promise<{ rendered: number; state: Record<string, unknown>; point: { x: number; y: number } | null }>((done) => {
          const m = (window as unknown as { __statlasMap: PageMap }).__statlasMap;
          m.once('idle', () => {
            const canvas = document.querySelector('.statlas-map canvas') as HTMLCanvasElement;
            const owns = (x: number, y: number) => String(m.queryRenderedFeatures([x, y], { layers: ['areas-fill'] })[0]?.id) === code;
            let point: { x: number; y: number } | null = null;
            for (let y = 8; y < canvas.clientHeight - 8 && !point; y += 6) {
              for (let x = 8; x < canvas.clientWidth - 8 && !point; x += 6) {
                if (owns(x, y) && owns(x - 3, y) && owns(x + 3, y) && owns(x, y - 3) && owns(x, y + 3)) {
                  const box = canvas.getBoundingClientRect();
                  point = { x: box.left + x, y: box.top + y };
                }
              }
            }
            done({
              rendered: m.queryRenderedFeatures({ layers: ['areas-fill'] }).filter((f) => String(f.id) === code).length,
              state: m.getFeatureState({ source: 'areas', sourceLayer: 'areas', id: code }),
              point,
            });
          });
          m.fitBounds([-0.1145, 51.5085, -0.0725, 51.5235], { padding: 40, animate: false });
        }),
      { code: KNOWN },
    );
    expect(found.rendered, `${KNOWN} rendered`).toBeGreaterThan(0);
    expect(found.state).toMatchObject({ cls: values.areas[KNOWN]![0], status: 'value' });
    expect(values.areas[KNOWN]![2]).toBe(shown);
    expect(found.point).not.toBeNull();
    await page.mouse.move(found.point!.x, found.point!.y);
    const tooltip = page.locator('.statlas-map .map-tooltip');
    await expect.poll(() => tooltip.innerText().catch(() => ''), { timeout: 10_000 }).toContain('City of London 001A');
    expect(await tooltip.innerText()).toContain(shown);

    expect(opened.problems, 'console errors or failed requests').toEqual([]);
    expect(formatViolations(await runAxe(page))).toEqual([]);
    await page.close();
  });
});
