/**
 * The real-data Leicestershire atlas in Chromium: the IMD rank map at LSOA level draws the 611
 * LSOAs from the publisher's boundaries, and the feature for one known LSOA carries the rank read
 * independently from IMD 2019 File 1 (quoted "15,811" in the CSV), both as a MapLibre feature
 * property and in the tooltip a reader sees on hover. No console errors; axe finds nothing.
 *
 * Builds the fixture (recipes, then site) unless STATLAS_LEICESTERSHIRE_DIST names a built site.
 * Skips, saying why, when ../shared is absent.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { formatViolations, launchBrowser, openPage, runAxe, waitForMap, type BrowserSession } from '../helpers/browser.ts';
import {
  KNOWN_LSOA,
  SKIP_MESSAGE,
  buildLeicestershire,
  hasSharedData,
  publishedImdRank,
} from '../helpers/leicestershire-data.ts';

const TITLE = 'Leicestershire real-data atlas in Chromium';
if (!hasSharedData) console.warn(`${TITLE}: ${SKIP_MESSAGE}`);

const PAGE = '/indicators/imd-rank/lsoa/2019/';
const LSOAS = 611;

/** The subset of maplibre's Map used here, typed for page.evaluate. */
type PageMap = {
  queryRenderedFeatures(
    geometryOrOptions?: [number, number] | { layers?: string[]; filter?: unknown[] },
    options?: { layers?: string[] },
  ): { properties: Record<string, unknown> | null; geometry: { type: string; coordinates: unknown } }[];
  querySourceFeatures(source: string, options?: { filter?: unknown[] }): { properties: Record<string, unknown> | null }[];
  fitBounds(bounds: [number, number, number, number], options: { padding: number; animate: boolean }): void;
  once(event: string, listener: () => void): void;
};

describe.skipIf(!hasSharedData)(hasSharedData ? TITLE : `${TITLE} (${SKIP_MESSAGE})`, () => {
  const prebuilt = process.env.STATLAS_LEICESTERSHIRE_DIST;
  let dist = '';
  let server: StaticServer | undefined;
  let browser: BrowserSession | undefined;

  beforeAll(async () => {
    if (prebuilt) dist = prebuilt;
    else {
      dist = await mkdtemp(join(tmpdir(), 'statlas-leicestershire-browser-'));
      const { geographyMs, buildMs } = await buildLeicestershire(dist);
      console.log(`leicestershire: recipes ${geographyMs} ms, site build ${buildMs} ms`);
    }
    server = await startStaticServer(dist);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist && !prebuilt) await rm(dist, { recursive: true, force: true });
  });

  it(`IMD rank map: ${KNOWN_LSOA} is drawn with its published rank, no errors, no axe violations`, async () => {
    const rank = publishedImdRank(KNOWN_LSOA);
    const shown = rank.value.toLocaleString('en-GB');
    const opened = await openPage(browser!.context, new URL(PAGE, server!.url).href);
    const { page } = opened;

    const map = await waitForMap(page);
    expect(map.renderedFeatures, 'areas-fill features rendered').toBeGreaterThan(0);
    // The whole county fits the initial view, so (nearly) every LSOA is painted; tiny ones may
    // fall below a pixel, hence not an exact 611.
    expect(map.renderedCodes, 'distinct LSOA codes rendered').toBeGreaterThan(LSOAS * 0.9);
    expect(map.fillPixels / map.totalPixels, 'share of the canvas painted by areas-fill').toBeGreaterThan(0.05);
    expect(map.distinctColours, 'class colours on the map').toBeGreaterThan(1);

    // The feature as MapLibre rendered it, and as its source holds it.
    const found = await page.evaluate((code) => {
      const m = (window as unknown as { __statlasMap: PageMap }).__statlasMap;
      const rendered = m.queryRenderedFeatures({ layers: ['areas-fill'] }).filter((f) => f.properties?.code === code);
      const source = m.querySourceFeatures('areas', { filter: ['==', ['get', 'code'], code] });
      return {
        rendered: rendered.map((f) => f.properties),
        source: source.map((f) => f.properties),
      };
    }, KNOWN_LSOA);
    expect(found.rendered.length, `${KNOWN_LSOA} among the rendered areas-fill features`).toBeGreaterThan(0);
    expect(found.rendered[0]).toMatchObject({ code: KNOWN_LSOA, name: 'Blaby 008A', status: 'value', display: shown });
    expect(found.source[0]).toMatchObject({ code: KNOWN_LSOA, display: shown });

    // What a reader sees: zoom to the LSOA (it is a few pixels wide at the county view), hover a
    // pixel where it is the top feature; the tooltip names it and shows its rank.
    await page.evaluate(
      (code) =>
        new Promise<void>((resolve) => {
          const m = (window as unknown as { __statlasMap: PageMap }).__statlasMap;
          const positions: [number, number][] = [];
          const collect = (c: unknown): void => {
            if (Array.isArray(c) && typeof c[0] === 'number') positions.push(c as [number, number]);
            else if (Array.isArray(c)) c.forEach(collect);
          };
          m.queryRenderedFeatures({ layers: ['areas-fill'] })
            .filter((f) => f.properties?.code === code)
            .forEach((f) => collect(f.geometry.coordinates));
          const xs = positions.map((p) => p[0]);
          const ys = positions.map((p) => p[1]);
          m.once('idle', () => resolve());
          m.fitBounds([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], { padding: 80, animate: false });
        }),
      KNOWN_LSOA,
    );
    const point = await page.evaluate((code) => {
      const m = (window as unknown as { __statlasMap: PageMap }).__statlasMap;
      const canvas = document.querySelector('.statlas-map canvas') as HTMLCanvasElement;
      const owns = (x: number, y: number) => m.queryRenderedFeatures([x, y], { layers: ['areas-fill'] })[0]?.properties?.code === code;
      // From the middle of the canvas outwards: the first pixel the LSOA owns, with a margin so
      // a sub-pixel move cannot land on a neighbour.
      const [cx, cy] = [canvas.clientWidth / 2, canvas.clientHeight / 2];
      for (let r = 0; r < Math.min(cx, cy); r += 4) {
        for (let a = 0; a < 360; a += 15) {
          const x = Math.round(cx + r * Math.cos((a * Math.PI) / 180));
          const y = Math.round(cy + r * Math.sin((a * Math.PI) / 180));
          if (owns(x, y) && owns(x - 4, y) && owns(x + 4, y) && owns(x, y - 4) && owns(x, y + 4)) {
            const box = canvas.getBoundingClientRect();
            return { x: box.left + x, y: box.top + y };
          }
        }
      }
      return null;
    }, KNOWN_LSOA);
    expect(point, `a pixel of the map where ${KNOWN_LSOA} is drawn`).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const tooltip = page.locator('.statlas-map .map-tooltip');
    await expect.poll(() => tooltip.isVisible(), { timeout: 5_000 }).toBe(true);
    const text = (await tooltip.innerText()).replace(/\s+/g, ' ').trim();
    expect(text).toContain('Blaby 008A');
    expect(text).toContain(shown);
    await page.mouse.move(0, 0);

    // The same value in the page's table, as the browser renders it.
    const cell = page.locator(`main table tbody tr:has(a[href$="/areas/lsoa/${KNOWN_LSOA}/"]) td.num`).first();
    await expect.poll(() => cell.innerText()).toBe(shown);

    expect.soft(formatViolations(await runAxe(page)), `${PAGE}: axe WCAG 2.2 AA violations`).toEqual([]);
    expect(opened.problems, `console errors and failed requests on ${PAGE}`).toEqual([]);
    await page.close();
  });
});
