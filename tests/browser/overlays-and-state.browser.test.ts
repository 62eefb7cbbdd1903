/**
 * Overlays, point layers, the period slider, shareable state and export, on the example atlas in
 * real Chromium: the bivariate map and the scatter plot both draw and are linked (hovering one
 * highlights the other); an arbitrary pair is built in the browser with a working CSV; the
 * period slider repaints the map (pixels change, classes match that period's values file); a
 * URL with a selected area and period reopens the same view; the point layer toggles; export
 * buttons download real PNG and SVG files; axe finds no violation on any of these pages.
 *
 * STATLAS_TEST_DIST=dir reuses an existing build of the example atlas.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe, waitForMap, type BrowserSession, type OpenedPage } from '../helpers/browser.ts';
import { decodePng, differingPixels, pixelStats } from '../helpers/png.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

/** Featured in the example atlas's config (scripts/make-example-atlas.ts). */
const FEATURED = '/overlays/gcse-english-maths-grade-4/teenage-conceptions/ward/2023/';
/** Not featured: built in the browser. Both are published for wards, 2021 to 2023. */
const ANY_PAIR = '/overlays/view/?x=anti-social-behaviour&y=gcse-english-maths-grade-4&level=ward&period=2022';
/** An indicator with three periods at ward level. */
const INDICATOR = '/indicators/anti-social-behaviour/ward/2023/';

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

const url = (path: string) => new URL(path, server!.url).href;

async function open(path: string): Promise<OpenedPage> {
  return openPage(browser!.context, url(path));
}

async function expectAccessible(opened: OpenedPage, path: string): Promise<void> {
  expect.soft(formatViolations(await runAxe(opened.page)), `${path}: axe WCAG 2.2 AA violations`).toEqual([]);
}

/** The map object the page exposes (window.__statlasMap), driven through page.evaluate. */
type PageMap = {
  queryRenderedFeatures(point?: [number, number] | { layers: string[] }, options?: { layers: string[] }): { properties: Record<string, unknown> }[];
  querySourceFeatures(source: string): { properties: Record<string, unknown> }[];
  getFeatureState(feature: { source: string; id: string }): Record<string, unknown>;
  getFilter(layer: string): unknown;
  getLayer(layer: string): unknown;
  getLayoutProperty(layer: string, name: string): unknown;
  once(event: string, listener: () => void): void;
  triggerRepaint(): void;
  getCanvas(): HTMLCanvasElement;
};

/** Waits until MapLibre has drawn everything it was asked to, then two frames more. */
async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __statlasMap: PageMap }).__statlasMap;
        map.once('idle', () => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
        map.triggerRepaint();
      }),
  );
}

/** A pixel of the map canvas (CSS px from its top left) inside an area with a class, and that area's code. */
async function pointInClassedArea(page: Page): Promise<{ x: number; y: number; code: string }> {
  const found = await page.evaluate(() => {
    const map = (window as unknown as { __statlasMap: PageMap }).__statlasMap;
    const canvas = map.getCanvas();
    for (let y = 20; y < canvas.clientHeight; y += 15) {
      for (let x = 20; x < canvas.clientWidth; x += 15) {
        const f = map.queryRenderedFeatures([x, y], { layers: ['areas-fill'] })[0];
        if (f && Number(f.properties.cls) >= 0) return { x, y, code: String(f.properties.code) };
      }
    }
    return null;
  });
  expect(found, 'a classed area somewhere on the map').not.toBeNull();
  return found!;
}

async function hoverState(page: Page, code: string): Promise<boolean> {
  return page.evaluate((c) => Boolean((window as unknown as { __statlasMap: PageMap }).__statlasMap.getFeatureState({ source: 'areas', id: c }).hover), code);
}

/** Clicks a button and returns the file it downloads. */
async function downloadFrom(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: button }).first().click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path!) };
}

describe('a featured overlay in Chromium', () => {
  it('draws the bivariate map and the scatter plot, with no error and no axe violation', async () => {
    const opened = await open(FEATURED);
    const map = await waitForMap(opened.page);
    expect(map.renderedCodes, 'areas on the bivariate map').toBeGreaterThan(10);
    expect(map.distinctColours, 'bivariate colours on the map').toBeGreaterThan(4);
    const points = await opened.page.locator('#overlay-scatter circle[data-code]').count();
    const n = Number((await opened.page.locator('[data-overlay-sentence]').innerText()).match(/n = (\d+)/)![1]);
    expect(points, 'one scatter point per area with both values').toBe(n);
    await expectAccessible(opened, FEATURED);
    expect.soft(opened.problems).toEqual([]);
    await opened.page.close();
  });

  it('links the two: hovering a scatter point outlines its area on the map; hovering the map rings its point', async () => {
    const opened = await open(FEATURED);
    await waitForMap(opened.page);
    const point = opened.page.locator('#overlay-scatter circle[data-code]').first();
    const code = (await point.getAttribute('data-code'))!;
    await point.hover();
    expect(await hoverState(opened.page, code), `map hover state of ${code} after hovering its point`).toBe(true);
    await expect.poll(() => opened.page.locator(`tr[data-code="${code}"]`).getAttribute('class')).toContain('is-hover');

    const canvas = (await opened.page.locator('#overlay-map canvas').boundingBox())!;
    const target = await pointInClassedArea(opened.page);
    await opened.page.mouse.move(canvas.x + target.x, canvas.y + target.y);
    await expect.poll(() => opened.page.locator(`#overlay-scatter circle[data-code="${target.code}"]`).getAttribute('class'), { timeout: 5000 }).toContain('is-hover');
    expect(await hoverState(opened.page, code), 'the earlier hover is cleared').toBe(false);
    expect.soft(opened.problems).toEqual([]);
    await opened.page.close();
  });

  it('selects an area by keyboard in the scatter plot, and the URL reopens the same selection', async () => {
    const opened = await open(FEATURED);
    await waitForMap(opened.page);
    await opened.page.locator('#overlay-scatter').focus();
    await opened.page.keyboard.press('ArrowRight');
    const selected = await opened.page.locator('[data-overlay]').getAttribute('data-selected-area');
    expect(selected, 'an area selected with the arrow key').toMatch(/^X05/);
    expect(await opened.page.locator('[data-area-status]').innerText()).toMatch(/^Selected: .+ class [A-C][1-3]/);
    const shared = opened.page.url();
    expect(new URL(shared).searchParams.get('area')).toBe(selected);
    await opened.page.close();

    const reopened = await open(new URL(shared).pathname + new URL(shared).search);
    await waitForMap(reopened.page);
    expect(await reopened.page.locator('select[data-area-picker]').inputValue()).toBe(selected);
    expect(await reopened.page.locator(`tr[data-code="${selected}"]`).getAttribute('class')).toContain('is-selected');
    expect(await reopened.page.locator(`#overlay-scatter circle[data-code="${selected}"]`).getAttribute('class')).toContain('is-selected');
    const filter = await reopened.page.evaluate(() => (window as unknown as { __statlasMap: PageMap }).__statlasMap.getFilter('areas-selected'));
    expect(filter, 'the map outlines the selected area').toEqual(['==', ['get', 'code'], selected]);
    expect.soft(reopened.problems).toEqual([]);
    await reopened.page.close();
  });

  it('exports the map and the scatter plot as PNG and SVG', async () => {
    const opened = await open(FEATURED);
    await waitForMap(opened.page);
    const mapPng = await downloadFrom(opened.page, 'Download map as PNG');
    expect(mapPng.name).toBe('gcse-english-maths-grade-4-and-teenage-conceptions-ward-2023-map.png');
    const image = decodePng(mapPng.bytes);
    const canvas = (await opened.page.locator('#overlay-map canvas').boundingBox())!;
    expect(image.width, 'PNG at least as wide as the map').toBeGreaterThanOrEqual(Math.floor(canvas.width));
    expect(image.height, 'PNG taller than the map: title, key and source around it').toBeGreaterThan(canvas.height * 1.2);
    expect(pixelStats(image).distinctColours, 'the bivariate colours (and text) in the PNG').toBeGreaterThan(9);
    const mapSvg = (await downloadFrom(opened.page, 'Download map as SVG')).bytes.toString('utf8');
    expect(mapSvg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(mapSvg.match(/<path d=/g)!.length, 'one path per area').toBeGreaterThan(40);
    expect(mapSvg).toContain('>C3</text>');
    const chartSvg = await downloadFrom(opened.page, 'Download chart as SVG');
    expect(chartSvg.name).toMatch(/-scatter\.svg$/);
    expect(chartSvg.bytes.toString('utf8').match(/<circle /g)!.length).toBe(await opened.page.locator('#overlay-scatter circle').count());
    const chartPng = decodePng((await downloadFrom(opened.page, 'Download chart as PNG')).bytes);
    expect([chartPng.width, chartPng.height], 'chart PNG at twice the SVG size').toEqual([1120, 880]);
    expect.soft(opened.problems).toEqual([]);
    await opened.page.close();
  });
});

describe('any other pair, overlaid in the browser', () => {
  it('draws both views and a table, offers its CSV, and passes axe', async () => {
    const opened = await open(ANY_PAIR);
    const map = await waitForMap(opened.page);
    expect(map.renderedCodes).toBeGreaterThan(10);
    expect(await opened.page.locator('h1').innerText()).toBe('Anti-social behaviour incident rate and Grade 4 or above in English and maths GCSE');
    const sentence = await opened.page.locator('[data-overlay-sentence]').innerText();
    expect(sentence).toMatch(/Spearman's rho = -?0\.\d\d, Pearson's r = -?0\.\d\d, n = \d+ wards, 2022\)\. This is an association between areas, not evidence that one causes the other\.$/);
    const rows = await opened.page.locator('[data-overlay-table] tbody tr').count();
    expect(rows).toBe(50);
    const csv = await opened.page.evaluate(async () => (await fetch(document.querySelector<HTMLAnchorElement>('a[data-download="csv"]')!.href)).text());
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('area_code,area_name,level,period,x_indicator,x_value,x_status,y_indicator,y_value,y_status,bivariate_class,x_third,y_third');
    expect(lines.length - 1, 'CSV rows vs table rows').toBe(rows);
    await expectAccessible(opened, ANY_PAIR);
    expect.soft(opened.problems).toEqual([]);
    await opened.page.close();
  });

  it('sends a featured pair on to its pre-rendered page, keeping the selected area', async () => {
    const opened = await open('/overlays/view/?x=gcse-english-maths-grade-4&y=teenage-conceptions&level=ward&period=2023&area=X05000008');
    await opened.page.waitForURL(/\/overlays\/gcse-english-maths-grade-4\/teenage-conceptions\/ward\/2023\/\?area=X05000008$/);
    await opened.page.close();
  });

  it('the overlays page offers featured pairs and a form that passes axe', async () => {
    const opened = await open('/overlays/');
    expect(await opened.page.locator('form[data-overlay-chooser] button[type=submit]').isEnabled()).toBe(true);
    await opened.page.selectOption('#overlay-x', 'attainment-8');
    await opened.page.selectOption('#overlay-y', 'anti-social-behaviour');
    expect(await opened.page.locator('[data-chooser-status]').innerText()).toMatch(/not published for the same areas/);
    await opened.page.selectOption('#overlay-y', 'early-help-cases');
    expect(await opened.page.locator('#overlay-level option').allInnerTexts()).toEqual(['Small areas']);
    await expectAccessible(opened, '/overlays/');
    expect.soft(opened.problems).toEqual([]);
    await opened.page.close();
  });
});

describe('an indicator map in Chromium', () => {
  it('has a period slider that repaints the map with another period and records it in the URL', async () => {
    const opened = await open(INDICATOR);
    await waitForMap(opened.page);
    const slider = opened.page.getByRole('slider', { name: 'Map period' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('2023');
    const canvas = opened.page.locator('#map canvas');
    const before = decodePng(await canvas.screenshot());

    await slider.focus();
    await opened.page.keyboard.press('Home');
    await expect.poll(() => opened.page.evaluate(() => new URL(location.href).searchParams.get('period'))).toBe('2021');
    await mapIdle(opened.page);
    expect(await slider.getAttribute('aria-valuetext')).toBe('2021');
    const after = decodePng(await canvas.screenshot());
    expect(differingPixels(before, after), 'pixels repainted by moving to 2021').toBeGreaterThan(1000);

    // The painted classes are exactly those of the 2021 values file.
    const expected = (await (await fetch(url('/indicators/anti-social-behaviour/ward/2021.json'))).json()) as { areas: Record<string, [number | null]> };
    const painted = await opened.page.evaluate(() =>
      Object.fromEntries((window as unknown as { __statlasMap: PageMap }).__statlasMap.querySourceFeatures('areas').map((f) => [f.properties.code, f.properties.cls])),
    );
    for (const [code, cls] of Object.entries(painted)) expect(cls, code).toBe(expected.areas[code]?.[0] ?? -1);
    expect(await opened.page.locator('[data-period-note]').innerText()).toContain('The map shows 2021');
    await expectAccessible(opened, INDICATOR);
    expect.soft(opened.problems).toEqual([]);
    await opened.page.close();
  });

  it('reopens a shared URL with the same period, selected area and point layer', async () => {
    const path = `${INDICATOR}?period=2022&area=X05000010&points=family-services`;
    const opened = await open(path);
    await waitForMap(opened.page);
    await expect.poll(() => opened.page.getByRole('slider', { name: 'Map period' }).getAttribute('aria-valuetext')).toBe('2022');
    await mapIdle(opened.page);
    const expected = (await (await fetch(url('/indicators/anti-social-behaviour/ward/2022.json'))).json()) as { areas: Record<string, [number | null]> };
    const painted = await opened.page.evaluate(() => (window as unknown as { __statlasMap: PageMap }).__statlasMap.querySourceFeatures('areas').find((f) => f.properties.code === 'X05000010')!.properties.cls);
    expect(painted).toBe(expected.areas.X05000010![0]);
    expect(await opened.page.locator('select[data-area-picker]').inputValue()).toBe('X05000010');
    expect(await opened.page.locator('tr[data-code="X05000010"]').getAttribute('class')).toContain('is-selected');
    expect(await opened.page.locator('[data-area-status]').innerText()).toMatch(/^Selected: Caldwick North \(X05000010\), [\d.]+ per 1,000 in 2022\.$/);
    expect(await opened.page.locator('#map-points-family-services').isChecked()).toBe(true);
    expect.soft(opened.problems).toEqual([]);
    await opened.page.close();
  });

  it('selects an area by clicking the map instead of leaving the page', async () => {
    const opened = await open(INDICATOR);
    await waitForMap(opened.page);
    const canvas = (await opened.page.locator('#map canvas').boundingBox())!;
    const target = await pointInClassedArea(opened.page);
    await opened.page.mouse.click(canvas.x + target.x, canvas.y + target.y);
    await expect.poll(() => opened.page.evaluate(() => new URL(location.href).searchParams.get('area'))).toBe(target.code);
    expect(new URL(opened.page.url()).pathname).toBe(INDICATOR);
    expect(await opened.page.locator('a[data-area-profile]').getAttribute('href')).toBe(`/areas/ward/${target.code}/`);
    expect.soft(opened.problems).toEqual([]);
    await opened.page.close();
  });

  it('switches the point layer on and off with its checkbox', async () => {
    const opened = await open(INDICATOR);
    await waitForMap(opened.page);
    const box = opened.page.getByRole('checkbox', { name: /Family services/ });
    await box.check();
    await expect.poll(() => opened.page.evaluate(() => (window as unknown as { __statlasMap: PageMap }).__statlasMap.getLayer('points-family-services') !== undefined)).toBe(true);
    await mapIdle(opened.page);
    const shown = await opened.page.evaluate(() => (window as unknown as { __statlasMap: PageMap }).__statlasMap.queryRenderedFeatures({ layers: ['points-family-services'] }).length);
    expect(shown, 'places drawn').toBe(25);
    expect(new URL(opened.page.url()).searchParams.get('points')).toBe('family-services');
    const svg = (await downloadFrom(opened.page, 'Download map as SVG')).bytes.toString('utf8');
    expect(svg.match(/<circle /g)?.length, 'places in the exported SVG').toBe(25);
    await box.uncheck();
    await mapIdle(opened.page);
    expect(await opened.page.evaluate(() => (window as unknown as { __statlasMap: PageMap }).__statlasMap.getLayoutProperty('points-family-services', 'visibility'))).toBe('none');
    expect(new URL(opened.page.url()).searchParams.get('points')).toBeNull();
    const png = decodePng((await downloadFrom(opened.page, 'Download map as PNG')).bytes);
    expect(png.width).toBeGreaterThan(100);
    await expectAccessible(opened, INDICATOR);
    expect.soft(opened.problems).toEqual([]);
    await opened.page.close();
  });

  it('the point dataset page passes axe', async () => {
    const opened = await open('/points/family-services/');
    expect(await opened.page.locator('main table tbody tr').count()).toBe(25);
    await expectAccessible(opened, '/points/family-services/');
    expect.soft(opened.problems).toEqual([]);
    await opened.page.close();
  });
});
