/**
 * One highlighted and one selected area, shared by every view of the same areas on a page: the
 * map, a scatter plot, the table and the "Highlight an area" picker. Hovering an area in any of
 * them outlines it in the others; clicking it (or choosing it in the picker, or pressing Enter
 * on a scatter point) selects it: outlined in black on the map, ringed in the scatter, marked in
 * the table, described in a live region and kept in the URL (`?area=CODE`), so a shared link
 * reopens with the same area selected.
 *
 * Keyboard: the picker is a native select; the scatter plot takes focus and its arrow keys move
 * between points (left/right by X, up/down by Y), Enter selects, Escape clears.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { whenMapDrawn, type DrawnMap } from './map-events.ts';
import { readUrlState, updateUrlState } from './url-state.ts';

export interface LinkedAreasOptions {
  /** The element holding the views: `.statlas-map`, `.scatter-svg`, tables with `tr[data-code]`, `select[data-area-picker]`, `[data-area-status]`. */
  root: HTMLElement;
  /** Text for the live region about a selected area, e.g. "Caldwick Central (X05000012): 23.4%". */
  describe(code: string): string;
}

export interface LinkedAreas {
  select(code: string | null): void;
  hover(code: string | null): void;
  selected(): string | null;
}

export function linkAreas({ root, describe }: LinkedAreasOptions): LinkedAreas {
  const maps: DrawnMap[] = [];
  const picker = root.querySelector<HTMLSelectElement>('select[data-area-picker]');
  const status = root.querySelector<HTMLElement>('[data-area-status]');
  const rows = () => root.querySelectorAll<HTMLTableRowElement>('tr[data-code]');
  const points = () => root.querySelectorAll<SVGCircleElement>('.scatter-svg circle[data-code]');
  let hovered: string | null = null;
  let selected: string | null = null;
  const fromUrl = readUrlState('area');

  // An area of the page: in a table, the scatter plot, the picker or a map (large levels list only some areas in the picker).
  const known = (code: string) =>
    [...rows(), ...points()].some((el) => el.dataset.code === code) || !!picker?.querySelector(`option[value="${CSS.escape(code)}"]`) || maps.some((m) => code in m.values.areas);

  function mark(code: string | null, className: string) {
    for (const el of [...rows(), ...points()]) el.classList.toggle(className, el.dataset.code === code);
    // Bring a selected point to the front so its ring is not hidden by neighbours.
    if (code && className === 'is-selected') for (const p of points()) if (p.dataset.code === code) p.parentNode?.append(p);
  }

  function paintMap(entry: DrawnMap) {
    const { map } = entry;
    if (!map.getLayer('areas-selected')) {
      // A tiled level's areas live in a layer of the vector source (src/client/tiled-choropleth.ts).
      const sourceLayer = map.getLayer('areas-fill')?.sourceLayer;
      const source = sourceLayer ? { source: 'areas', 'source-layer': sourceLayer } : { source: 'areas' };
      map.addLayer({ id: 'areas-selected-halo', type: 'line', ...source, filter: selectedFilter(selected), paint: { 'line-color': '#ffffff', 'line-width': 6 } });
      map.addLayer({ id: 'areas-selected', type: 'line', ...source, filter: selectedFilter(selected), paint: { 'line-color': '#000000', 'line-width': 3 } });
    }
    map.setFilter('areas-selected-halo', selectedFilter(selected));
    map.setFilter('areas-selected', selectedFilter(selected));
  }

  function hover(code: string | null) {
    if (code === hovered) return;
    for (const { map } of maps) {
      const sourceLayer = map.getLayer('areas-fill')?.sourceLayer;
      if (hovered) map.setFeatureState({ source: 'areas', sourceLayer, id: hovered }, { hover: false });
      if (code) map.setFeatureState({ source: 'areas', sourceLayer, id: code }, { hover: true });
    }
    hovered = code;
    mark(code, 'is-hover');
  }

  function refreshStatus() {
    if (status && selected) status.textContent = `Selected: ${describe(selected)}.`;
  }

  function select(code: string | null) {
    const next = code && known(code) ? code : null;
    selected = next;
    mark(next, 'is-selected');
    maps.forEach(paintMap);
    if (picker && picker.value !== (next ?? '')) picker.value = next ?? '';
    if (status) status.textContent = next ? `Selected: ${describe(next)}.` : '';
    root.querySelectorAll<HTMLElement>('[data-area-selected-only]').forEach((el) => (el.hidden = !next));
    root.querySelectorAll<HTMLAnchorElement>('a[data-area-profile]').forEach((a) => {
      if (next) a.href = a.dataset.areaProfile!.replace('{code}', encodeURIComponent(next));
    });
    root.dataset.selectedArea = next ?? '';
    updateUrlState({ area: next });
  }

  for (const container of root.querySelectorAll<HTMLElement>('.statlas-map')) {
    whenMapDrawn(container, (entry) => {
      maps.push(entry);
      // A URL may name an area that only the map knows (a level too large to list every area).
      if (!selected && fromUrl && known(fromUrl)) select(fromUrl);
      paintMap(entry);
      refreshStatus();
    });
    // Another period painted: the selected area's description changes with it.
    container.addEventListener('statlas:map-values', refreshStatus);
    container.addEventListener('statlas:area-hover', (event) => hover((event as CustomEvent<{ code: string | null }>).detail.code));
    container.addEventListener('statlas:area-click', (event) => {
      event.preventDefault();
      select((event as CustomEvent<{ code: string }>).detail.code);
    });
  }

  picker?.addEventListener('change', () => select(picker.value || null));
  root.querySelectorAll<HTMLButtonElement>('button[data-area-clear]').forEach((b) => b.addEventListener('click', () => select(null)));

  root.addEventListener('mouseover', (event) => {
    const target = (event.target as Element).closest<HTMLElement | SVGElement>('tr[data-code], .scatter-svg circle[data-code]');
    if (target) hover(target.dataset.code ?? null);
  });
  root.addEventListener('mouseout', (event) => {
    const from = (event.target as Element).closest('tr[data-code], .scatter-svg circle[data-code]');
    const to = (event.relatedTarget as Element | null)?.closest('tr[data-code], .scatter-svg circle[data-code]');
    if (from && !to) hover(null);
  });
  root.addEventListener('click', (event) => {
    const point = (event.target as Element).closest<SVGElement>('.scatter-svg circle[data-code]');
    if (point) select(point.dataset.code!);
  });
  root.querySelectorAll<HTMLElement>('[data-scatter-keys]').forEach((scatter) => scatter.addEventListener('keydown', (event) => scatterKey(event, scatter)));

  function scatterKey(event: KeyboardEvent, scatter: HTMLElement) {
    const all = [...scatter.querySelectorAll<SVGCircleElement>('circle[data-code]')].map((c) => ({ code: c.dataset.code!, x: Number(c.getAttribute('cx')), y: -Number(c.getAttribute('cy')) }));
    if (all.length === 0) return;
    const axis = event.key === 'ArrowLeft' || event.key === 'ArrowRight' ? 'x' : event.key === 'ArrowUp' || event.key === 'ArrowDown' ? 'y' : null;
    if (axis) {
      event.preventDefault();
      const order = [...all].sort((a, b) => a[axis] - b[axis] || (a.code < b.code ? -1 : 1));
      const at = order.findIndex((p) => p.code === (selected ?? hovered));
      const step = event.key === 'ArrowRight' || event.key === 'ArrowUp' ? 1 : -1;
      const next = order[at < 0 ? (step > 0 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + step))]!;
      select(next.code);
    } else if (event.key === 'Escape') {
      select(null);
    }
  }

  if (fromUrl && known(fromUrl)) select(fromUrl);
  return { select, hover, selected: () => selected };
}

function selectedFilter(code: string | null): FilterSpecification {
  return ['==', ['get', 'code'], code ?? ''];
}
