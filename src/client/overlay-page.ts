/**
 * The overlay page in the browser (components/OverlayPage.astro).
 *
 * Featured pairs arrive rendered; this builds the same overlayView() from the two indicators'
 * values files to paint the bivariate map, then links map, scatter plot, table and picker.
 * Any other pair (/overlays/view/?x=&y=&level=&period=) is checked against the embedded
 * catalogue, sent on to its pre-rendered page if it has one, and otherwise rendered here: the
 * sentence, key, scatter plot, table and CSV come from the same pure functions the build uses.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapValues } from '../pipeline/emit/map-values.ts';
import { overlayView, type OverlayCell, type OverlayIndicator, type OverlayView } from '../pipeline/emit/overlay-view.ts';
import { linkAreas } from './linked-areas.ts';
import { overlayFromQuery, overlayMessage } from './overlay-query.ts';
import { renderOverlay } from './overlay-render.ts';
import { enhanceSortableTables } from './sortable-table.ts';
import { whenPageIsIdle } from './when-page-is-idle.ts';

export interface OverlayConfig {
  mode: 'static' | 'client';
  x: OverlayIndicator;
  y: OverlayIndicator;
  level: { id: string; name: string; plural: string };
  period: string;
  xValuesUrl: string;
  yValuesUrl: string;
  topologyUrl: string;
  object: string;
  codeProperty: string;
  nameProperty: string;
}

export function enhanceOverlay(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-overlay]');
  if (!root) return;
  const config = JSON.parse(root.dataset.overlay!) as OverlayConfig | { mode: 'client' };
  if (config.mode === 'static') enhanceSortableTables(root);
  const start = config.mode === 'static' ? Promise.resolve(config as OverlayConfig) : overlayFromQuery(doc, root);
  start
    .then(async (resolved) => {
      if (!resolved) return;
      const view = await buildView(resolved);
      if (config.mode === 'client') renderOverlay(doc, root, view, resolved);
      link(root, view);
      drawMap(root, view.mapValues);
    })
    .catch((error) => {
      console.warn('statlas: overlay failed', error);
      overlayMessage(doc, `The overlay could not be built in this browser (${(error as Error).message}). Each indicator's own page has its map and table.`);
    });
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

async function buildView(config: OverlayConfig): Promise<OverlayView> {
  const [topology, xValues, yValues] = await Promise.all([fetchJson<Topology>(config.topologyUrl), fetchJson<MapValues>(config.xValuesUrl), fetchJson<MapValues>(config.yValuesUrl)]);
  const object = topology.objects[config.object] as GeometryCollection;
  const areas = (feature(topology, object) as unknown as { features: { properties: Record<string, unknown> }[] }).features
    .map((f) => ({ code: String(f.properties[config.codeProperty]), name: String(f.properties[config.nameProperty] ?? f.properties[config.codeProperty]) }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const cells = (values: MapValues) => new Map<string, OverlayCell>(Object.entries(values.areas).map(([code, [, status, display, value]]) => [code, { value: value ?? null, status, display }]));
  return overlayView({ x: config.x, y: config.y, level: config.level, period: config.period, areas, xValues: cells(xValues), yValues: cells(yValues) });
}

function link(root: HTMLElement, view: OverlayView): void {
  const byCode = new Map(view.rows.map((r) => [r.code, r]));
  linkAreas({
    root,
    describe(code) {
      const row = byCode.get(code);
      if (!row) return code;
      return `${row.name} (${row.code}), ${row.cls ? `class ${row.cls.code}` : 'no class'}: ${view.x.title} ${row.x.display}; ${view.y.title} ${row.y.display}`;
    },
  });
}

function drawMap(root: HTMLElement, values: MapValues): void {
  const container = root.querySelector<HTMLElement>('#overlay-map');
  if (!container) return;
  whenPageIsIdle(async () => {
    container.dataset.mapStatus = 'loading';
    try {
      const { drawChoropleth } = await import('./choropleth.ts');
      await drawChoropleth(container, values);
    } catch (error) {
      container.dataset.mapStatus = 'error';
      const placeholder = container.querySelector('.map-placeholder');
      if (placeholder) placeholder.textContent = 'The map could not be shown in this browser. Every class is in the table below.';
      console.warn('statlas: map failed', error);
    }
  });
}

