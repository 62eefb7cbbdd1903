/**
 * Area selection on an indicator page: clicking an area on the map (or choosing it in the
 * picker) highlights it on the map and in the table and keeps it in the URL, instead of leaving
 * the page; the picker's "Open the selected area's profile" link then leads on.
 */
import { linkAreas } from './linked-areas.ts';
import { drawnMap } from './map-events.ts';

export function enhanceIndicatorSelection(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('main');
  const picker = root?.querySelector<HTMLSelectElement>('select[data-area-picker]');
  if (!root || !picker) return;
  const map = root.querySelector<HTMLElement>('.statlas-map');
  linkAreas({
    root,
    describe(code) {
      const entry = map ? drawnMap(map) : undefined;
      const feature = entry?.areas.features.find((f) => f.properties.code === code);
      const name = picker.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(code)}"]`)?.textContent ?? (feature ? `${String(feature.properties.name)} (${code})` : code);
      const row = root.querySelector<HTMLTableRowElement>(`tr[data-code="${CSS.escape(code)}"]`);
      const display = entry?.values.areas[code]?.[2] ?? row?.cells[2]?.textContent?.trim();
      const period = map?.dataset.mapPeriod;
      return display ? `${name}, ${display}${period ? ` in ${period}` : ''}` : name;
    },
  });
}
