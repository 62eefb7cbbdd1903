/**
 * Fills an overlay page built in the browser (mode "client") with what the build writes for a
 * featured pair: title, sentence, key, picker, scatter plot, table, CSV (a Blob), export names
 * and the map's boundaries, all from the same pure functions (pipeline/emit/overlay-*.ts).
 */
import { withArticle } from '../pipeline/emit/with-article.ts';
import { urls } from '../lib/urls.ts';
import { inSentence } from '../pipeline/emit/in-sentence.ts';
import { overlayCsv } from '../pipeline/emit/overlay-csv.ts';
import { bivariateLegendHtml, overlayTableHtml } from '../pipeline/emit/overlay-html.ts';
import type { OverlayView } from '../pipeline/emit/overlay-view.ts';
import { periodKey } from '../pipeline/emit/period-key.ts';
import { scatterSvg } from '../pipeline/emit/scatter-svg.ts';
import type { OverlayConfig } from './overlay-page.ts';
import { enhanceSortableTables } from './sortable-table.ts';

export function renderOverlay(doc: Document, root: HTMLElement, view: OverlayView, config: OverlayConfig): void {
  const title = `${view.x.title} and ${view.y.title}`;
  const areaUrl = urls.area(view.level.id, '{code}');
  const name = `${view.x.id}-and-${view.y.id}-${view.level.id}-${periodKey(view.period)}`;
  doc.title = doc.title.replace(/^[^|]*/, `${title}: ${view.level.plural}, ${view.period} `);
  doc.querySelector('[data-overlay-title]')!.textContent = title;
  doc.querySelector('[data-overlay-crumb]')!.textContent = title;
  root.querySelector('[data-overlay-sentence]')!.textContent = view.sentence;

  const legend = root.querySelector<HTMLElement>('[data-overlay-legend]')!;
  legend.innerHTML = bivariateLegendHtml(view, 'overlay-key');
  legend.dataset.xTitle = view.x.title;
  legend.dataset.yTitle = view.y.title;

  const picker = root.querySelector<HTMLSelectElement>('select[data-area-picker]')!;
  const label = root.querySelector<HTMLLabelElement>(`label[for="${picker.id}"]`);
  if (label) label.textContent = `Highlight ${withArticle(view.level.name)}`;
  for (const area of [...view.rows].sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || (a.code < b.code ? -1 : 1))) {
    picker.append(new Option(`${area.name} (${area.code})`, area.code));
  }
  root.querySelectorAll<HTMLAnchorElement>('a[data-area-profile]').forEach((a) => (a.dataset.areaProfile = areaUrl));

  const map = root.querySelector<HTMLElement>('#overlay-map')!;
  Object.assign(map.dataset, { topology: config.topologyUrl, object: config.object, codeProperty: config.codeProperty, nameProperty: config.nameProperty, areaUrl });
  map.setAttribute('aria-label', `Bivariate map of ${view.x.title} (across, A to C) and ${view.y.title} (up, 1 to 3) by ${inSentence(view.level.name)}, ${view.period}. The same classes are in the table below.`);

  root.querySelector<HTMLElement>('#overlay-scatter')!.innerHTML = scatterSvg(view, 'overlay-scatter-svg');
  root.querySelector('[data-overlay-scatter-caption]')!.textContent = `${view.y.title} (up) against ${view.x.title} (across): ${view.correlation.n} ${inSentence(view.level.plural)} with both values. Dashed lines mark the thirds.`;
  for (const group of root.querySelectorAll<HTMLElement>('[data-export-for]')) {
    const isMap = group.dataset.exportFor === 'overlay-map';
    group.dataset.filename = `${name}-${isMap ? 'map' : 'scatter'}`;
    group.dataset.title = isMap ? `${view.x.title} (A-C) and ${view.y.title} (1-3), ${view.level.plural.toLowerCase()}, ${view.period}` : title;
  }

  const csv = root.querySelector<HTMLAnchorElement>('a[data-download="csv"]')!;
  csv.href = URL.createObjectURL(new Blob([overlayCsv(view)], { type: 'text/csv;charset=utf-8' }));
  csv.download = `${name}.csv`;
  root.querySelector('[data-overlay-csv-note]')!.textContent = `(${view.rows.length} rows: both values and statuses, and the class)`;
  root.querySelector<HTMLElement>('[data-overlay-table]')!.innerHTML = overlayTableHtml(view, areaUrl);
  enhanceSortableTables(root);

  const about = root.querySelector<HTMLElement>('[data-overlay-about]')!;
  const list = doc.createElement('ul');
  for (const indicator of [view.x, view.y]) {
    const li = doc.createElement('li');
    const a = doc.createElement('a');
    a.href = urls.indicatorView(indicator.id, view.level.id, view.period);
    a.textContent = indicator.title;
    li.append(a, `, ${view.level.plural.toLowerCase()}, ${view.period}`);
    list.append(li);
  }
  about.replaceChildren(list);
}
