/**
 * Hover and click on the areas of a map, for both kinds of map: the area under the pointer is
 * outlined (feature-state `hover`), named with its value in a tooltip, announced to the rest of
 * the page, and opened (its profile) on click unless the page selects areas instead.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { announceAreaClick, announceAreaHover } from './map-events.ts';

export interface AreaTooltipOptions {
  /** The vector source layer of a tiled map; none for a GeoJSON one. */
  sourceLayer?: string;
  /** Area page URL with `{code}` for the area code. */
  areaUrlTemplate: string;
  /** The area's name and its value as shown, for the tooltip. */
  describe(code: string, feature: MapGeoJSONFeature): [string, string];
}

export function addAreaTooltip(map: MapLibreMap, container: HTMLElement, options: AreaTooltipOptions): { refresh(): void } {
  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  container.append(tooltip);
  const source = { source: 'areas', ...(options.sourceLayer ? { sourceLayer: options.sourceLayer } : {}) };
  const codeOf = (feature: MapGeoJSONFeature) => String(feature.id ?? feature.properties.code);
  let hovered: { code: string; feature: MapGeoJSONFeature } | null = null;

  const render = () => {
    if (!hovered) return;
    const [name, value] = options.describe(hovered.code, hovered.feature);
    const strong = document.createElement('strong');
    strong.textContent = name;
    tooltip.replaceChildren(strong, document.createElement('br'), value);
  };
  const setHover = (next: { code: string; feature: MapGeoJSONFeature } | null) => {
    if (hovered) map.setFeatureState({ ...source, id: hovered.code }, { hover: false });
    hovered = next;
    if (next) map.setFeatureState({ ...source, id: next.code }, { hover: true });
    announceAreaHover(container, next?.code ?? null);
  };
  map.on('mousemove', 'areas-fill', (event) => {
    const feature = event.features?.[0];
    if (!feature) return;
    setHover({ code: codeOf(feature), feature });
    render();
    tooltip.hidden = false;
    tooltip.style.left = `${event.point.x + 12}px`;
    tooltip.style.top = `${event.point.y + 12}px`;
    map.getCanvas().style.cursor = 'pointer';
  });
  map.on('mouseleave', 'areas-fill', () => {
    setHover(null);
    tooltip.hidden = true;
    map.getCanvas().style.cursor = '';
  });
  map.on('click', 'areas-fill', (event) => {
    const feature = event.features?.[0];
    if (!feature) return;
    const code = codeOf(feature);
    // A page that selects areas (linked views, shareable state) cancels the event; else open the profile.
    if (announceAreaClick(container, code)) window.location.href = options.areaUrlTemplate.replace('{code}', encodeURIComponent(code));
  });
  return { refresh: render };
}
