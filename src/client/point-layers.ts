/**
 * Point layers over a map: a real checkbox per point dataset, outside the canvas
 * (components/PointLayerToggles.astro). Ticking one fetches the dataset's GeoJSON from the atlas
 * (once) and shows it as a MapLibre circle layer coloured by kind of place; hovering a place names
 * it in the map's tooltip. Which layers are on is kept in the URL (`?points=a,b`).
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point, Position } from 'geojson';
import { whenMapDrawn } from './map-events.ts';
import { readUrlState, updateUrlState } from './url-state.ts';

interface Category {
  name: string;
  colour: string;
}

/** GeoJSON per map and layer id, kept for the SVG export. */
const loaded = new WeakMap<MapLibreMap, Map<string, { data: FeatureCollection<Point>; categories: Category[] }>>();

export function enhancePointToggles(root: ParentNode): void {
  for (const fieldset of root.querySelectorAll<HTMLElement>('[data-point-layers-for]')) {
    const container = document.getElementById(fieldset.dataset.pointLayersFor!);
    if (!container || fieldset.dataset.enhanced) continue;
    fieldset.dataset.enhanced = 'true';
    const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-points]')];
    const wanted = new Set((readUrlState('points') ?? '').split(',').filter(Boolean));
    for (const box of boxes) if (wanted.has(box.dataset.points!)) box.checked = true;
    const status = fieldset.querySelector<HTMLElement>('[data-points-status]');
    whenMapDrawn(container, ({ map }) => {
      const apply = async (box: HTMLInputElement) => {
        try {
          await showLayer(map, container, box, box.checked);
        } catch (error) {
          if (status) status.textContent = `The places could not be loaded: ${(error as Error).message}`;
        }
        if (status && box.checked) status.textContent = '';
        updateUrlState({ points: boxes.filter((b) => b.checked).map((b) => b.dataset.points!).join(',') || null });
        container.dataset.pointsShown = boxes.filter((b) => b.checked).map((b) => b.dataset.points!).join(',');
      };
      for (const box of boxes) {
        box.addEventListener('change', () => apply(box));
        if (box.checked) void apply(box);
      }
    });
  }
}

async function showLayer(map: MapLibreMap, container: HTMLElement, box: HTMLInputElement, visible: boolean): Promise<void> {
  const id = `points-${box.dataset.points}`;
  if (!map.getLayer(id)) {
    if (!visible) return;
    const response = await fetch(box.dataset.url!);
    if (!response.ok) throw new Error(`${box.dataset.url}: ${response.status}`);
    const data = (await response.json()) as FeatureCollection<Point>;
    const categories = JSON.parse(box.dataset.categories!) as Category[];
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data });
    if (map.getLayer(id)) return; // a second tick while fetching
    const colour = ['match', ['get', 'category'], ...categories.flatMap((c) => [c.name, c.colour]), '#000000'] as unknown as ExpressionSpecification;
    map.addLayer({ id, type: 'circle', source: id, paint: { 'circle-radius': 5.5, 'circle-color': colour, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 } });
    if (!loaded.has(map)) loaded.set(map, new Map());
    loaded.get(map)!.set(id, { data, categories });
    addTooltip(map, container, id);
  }
  map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
}

function addTooltip(map: MapLibreMap, container: HTMLElement, layer: string): void {
  map.on('mousemove', layer, (event) => {
    const f = event.features?.[0];
    const tooltip = container.querySelector<HTMLElement>('.map-tooltip');
    if (!f || !tooltip) return;
    tooltip.textContent = '';
    const name = document.createElement('strong');
    name.textContent = String(f.properties.name);
    tooltip.append(name, document.createElement('br'), String(f.properties.category));
    tooltip.hidden = false;
    tooltip.style.left = `${event.point.x + 12}px`;
    tooltip.style.top = `${event.point.y + 12}px`;
  });
}

/** The point layers switched on, by colour, for the SVG export. */
export function visiblePointLayers(map: MapLibreMap): { name: string; colour: string; features: Position[] }[] {
  const layers = loaded.get(map);
  if (!layers) return [];
  return [...layers].flatMap(([id, { data, categories }]) =>
    map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none'
      ? categories.map((c) => ({ name: c.name, colour: c.colour, features: data.features.filter((f) => f.properties?.category === c.name).map((f) => f.geometry.coordinates) }))
      : [],
  );
}
