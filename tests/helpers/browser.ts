/**
 * Real-browser helpers for statlas tests and the benchmark: Debian Chromium driven by
 * playwright-core (no downloaded browser: TOOLING.md), axe-core for accessibility, and a map
 * check that proves MapLibre actually painted the choropleth rather than merely loaded.
 */
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { decodePng, differingPixels, pixelStats } from './png.ts';

const require = createRequire(import.meta.url);

/** Flags verified on this machine (TOOLING.md): software WebGL2 via SwiftShader, no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chromium lives: Debian's package, or CHROMIUM_PATH to override (e.g. another distro). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserSession {
  context: BrowserContext;
  /** Closes Chromium and deletes its temporary profile. */
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a throwaway profile. `launchPersistentContext` is used because
 * `launch()` rejects `--user-data-dir`, and without our own profile dir Chromium would write
 * into $HOME.
 */
export async function launchBrowser(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" ` +
        '(or set CHROMIUM_PATH). Never "npx playwright install": it downloads a browser.',
    );
  }
  const profile = await mkdtemp(join(tmpdir(), 'statlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** One request the page made, in the order Chromium issued them. */
export interface RecordedRequest {
  /** 0-based position in the page's request sequence. */
  order: number;
  url: string;
  method: string;
  /** Playwright's resource type: document, script, stylesheet, fetch, image, other, ... */
  resourceType: string;
  /** The Playwright request, for timing(), sizes() and the response body after the fact. */
  request: Request;
}

export interface OpenedPage {
  page: Page;
  /**
   * Everything that should fail a test (TOOLING.md): uncaught exceptions, console.error,
   * responses >= 400 and requests that failed outright. One readable line each.
   */
  problems: string[];
  /** Every request, including those made after load (lazy chunks, the map's data). */
  requests: RecordedRequest[];
}

/**
 * Installed before any page script runs: records, on the page's own clock (ms since navigation
 * start), when the first data-table row appears in the DOM and when the map reports ready, so
 * tests can prove the map code was fetched after the table and the benchmark can time the map
 * without polling. Resource Timing's buffer is raised so no request falls out of the timeline.
 */
const TIMELINE_INIT_SCRIPT = `(() => {
  const t = (window.__statlasTimeline = { tableRowAt: null, mapReadyAt: null });
  try { performance.setResourceTimingBufferSize(5000); } catch {}
  const observer = new MutationObserver(() => {
    if (t.tableRowAt === null && document.querySelector('table tbody tr')) t.tableRowAt = performance.now();
    if (t.mapReadyAt === null && document.querySelector('.statlas-map[data-map-status="ready"]')) t.mapReadyAt = performance.now();
    if (t.tableRowAt !== null && t.mapReadyAt !== null) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-map-status'] });
})();`;

/**
 * Opens `url` in a new tab with listeners attached before navigation, so nothing the page does
 * goes unseen. Resolves once the `load` event has fired.
 */
export async function openPage(
  context: BrowserContext,
  url: string,
  options: { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' } = {},
): Promise<OpenedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: RecordedRequest[] = [];

  await page.addInitScript({ content: TIMELINE_INIT_SCRIPT });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location().url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
      problems.push(`console.error: ${msg.text()}${where}`);
    }
  });
  page.on('request', (request) =>
    requests.push({
      order: requests.length,
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      request,
    }),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed (${request.failure()?.errorText ?? 'unknown'}): ${request.url()}`),
  );

  const response = await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  if (!response) problems.push(`no response for ${url}`);
  return { page, problems, requests };
}

/** The WCAG 2.2 AA rule sets (SPEC: axe-core finds no violation on any page type). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Injects axe-core into the page and returns its violations for the WCAG 2.2 AA tags. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async (tags) => {
    type AxeResult = {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; html: string; failureSummary?: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        html: n.html.slice(0, 200),
        summary: n.failureSummary ?? '',
      })),
    }));
  }, AXE_TAGS);
}

/** One line per failing element, so a test failure says which rule broke where. */
export function formatViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${n.target} :: ${n.html}`),
  );
}

export interface MapCheck {
  /** Features of the `areas-fill` layer MapLibre reports as rendered in the viewport. */
  renderedFeatures: number;
  /** Distinct `code` properties among them. */
  renderedCodes: number;
  /** Pixels in the map canvas screenshot. */
  totalPixels: number;
  /** Pixels that are not the dominant (background) colour. */
  nonBackgroundPixels: number;
  /** Distinct colours (4 bits a channel) among the non-background pixels. */
  distinctColours: number;
  /** Pixels that change when the `areas-fill` layer is hidden: what the choropleth painted. */
  fillPixels: number;
  /** Milliseconds from navigation start to the map reporting ready (recorded in the page). */
  readyAfterMs: number;
}

/** The subset of maplibre's Map the checks call, typed for page.evaluate. */
type PageMap = {
  queryRenderedFeatures(options: { layers: string[] }): { properties: Record<string, unknown> | null }[];
  setLayoutProperty(layer: string, name: string, value: unknown): void;
  once(event: string, listener: () => void): void;
  triggerRepaint(): void;
};

/**
 * Waits for the page's map to report ready (`.statlas-map[data-map-status=ready]`, set on the
 * first `idle` after the data layer is added), failing at once on `error`. Then proves it drew:
 * asks MapLibre which `areas-fill` features it rendered, and compares screenshots of the canvas
 * with the fill layer shown and hidden, which counts pixels the choropleth actually painted
 * (a canvas can be "ready" and still blank if, say, the style or worker failed silently).
 */
export async function waitForMap(page: Page, timeoutMs = 60_000): Promise<MapCheck> {
  const status = await page
    .waitForFunction(
      () => {
        const s = document.querySelector('.statlas-map')?.getAttribute('data-map-status');
        return s === 'ready' || s === 'error' ? s : false;
      },
      null,
      { timeout: timeoutMs },
    )
    .then((handle) => handle.jsonValue());
  if (status === 'error') {
    const text = await page.locator('.statlas-map').first().innerText().catch(() => '');
    throw new Error(`map reported data-map-status="error"${text ? `: ${text.trim().slice(0, 300)}` : ''}`);
  }
  const readyAfterMs = await page.evaluate(
    () =>
      (window as unknown as { __statlasTimeline?: { mapReadyAt: number | null } }).__statlasTimeline?.mapReadyAt ??
      performance.now(),
  );

  const query = await page.evaluate(() => {
    const map = (window as unknown as { __statlasMap?: PageMap }).__statlasMap;
    if (!map) return null;
    const features = map.queryRenderedFeatures({ layers: ['areas-fill'] });
    return {
      renderedFeatures: features.length,
      renderedCodes: new Set(features.map((f) => f.properties?.code)).size,
    };
  });
  if (!query) throw new Error('window.__statlasMap is not set on a page whose map reports ready');

  // Screenshot the canvas only: HTML overlays inside the container (legend, controls) must not
  // count as painted map.
  const canvas = page.locator('.statlas-map canvas').first();
  await canvas.scrollIntoViewIfNeeded();
  const shown = decodePng(await canvas.screenshot());
  await setFillVisibility(page, 'none');
  const hidden = decodePng(await canvas.screenshot());
  await setFillVisibility(page, 'visible');

  const stats = pixelStats(shown);
  return {
    ...query,
    totalPixels: stats.totalPixels,
    nonBackgroundPixels: stats.nonBackgroundPixels,
    distinctColours: stats.distinctColours,
    fillPixels: differingPixels(shown, hidden),
    readyAfterMs,
  };
}

/** Shows or hides the choropleth layer and waits until MapLibre has rendered the change. */
async function setFillVisibility(page: Page, visibility: 'none' | 'visible'): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __statlasMap: PageMap }).__statlasMap;
        map.once('idle', () =>
          // Two frames so the compositor has presented what MapLibre drew before we screenshot.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        );
        map.setLayoutProperty('areas-fill', 'visibility', value);
        map.triggerRepaint();
      }),
    visibility,
  );
}

export interface PageTimeline {
  /** All times in ms since navigation start, on the page's clock. */
  /** The parser finished the document: every element of the static HTML is in the DOM.
   *  Module scripts run after this and before `domContentLoaded`, so a lazy `import()` at the
   *  top of an island legitimately starts between the two. */
  domInteractive: number;
  domContentLoaded: number;
  load: number;
  /** When the first `table tbody tr` appeared in the DOM, or null if none did. */
  tableRowAt: number | null;
  /** When `.statlas-map` first had data-map-status="ready", or null. */
  mapReadyAt: number | null;
  resources: { url: string; startTime: number; transferSize: number; encodedBodySize: number }[];
}

/** The page's own record of when things happened (Navigation and Resource Timing). */
export async function pageTimeline(page: Page): Promise<PageTimeline> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const marks = (
      window as unknown as { __statlasTimeline?: { tableRowAt: number | null; mapReadyAt: number | null } }
    ).__statlasTimeline;
    return {
      domInteractive: nav?.domInteractive ?? NaN,
      domContentLoaded: nav?.domContentLoadedEventStart ?? NaN,
      load: nav?.loadEventStart ?? NaN,
      tableRowAt: marks?.tableRowAt ?? null,
      mapReadyAt: marks?.mapReadyAt ?? null,
      resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
        url: r.name,
        startTime: r.startTime,
        transferSize: r.transferSize,
        encodedBodySize: r.encodedBodySize,
      })),
    };
  });
}

/**
 * Presses Tab once and describes the element that receives focus. Call it on a freshly loaded
 * page, before any click or focus: Chromium starts sequential focus navigation from the last
 * focused or clicked point, so only a fresh page answers "what does Tab reach first?".
 */
export async function firstTabStop(page: Page): Promise<{ tag: string; text: string; href: string | null }> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim(),
      href: el?.getAttribute('href') ?? null,
    };
  });
}

/**
 * The built JavaScript files that contain MapLibre (the library chunk and its worker), found by
 * content rather than by name because bundlers rename and hash chunks. A file counts when it is
 * large (MapLibre is ~1 MB minified; our own islands are a few kB) and carries a MapLibre
 * signature: its CSS class prefix, its licence banner or its name.
 * Paths are returned relative to `distDir` with forward slashes, e.g. `_astro/maplibre-gl.X1.js`.
 */
export async function findMaplibreFiles(distDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.m?js$/.test(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    const size = (await stat(full)).size;
    if (size < 100_000) continue;
    const text = await readFile(full, 'utf8');
    if (/maplibre/i.test(entry.name) || text.includes('maplibregl-') || text.includes('MapLibre GL')) {
      found.push(relative(distDir, full).split(sep).join('/'));
    }
  }
  return found.sort();
}
