/**
 * The overlay's legend and table as HTML strings, so the build (featured pairs) and the browser
 * (any other pair) print exactly the same markup. Every text is escaped. The table has the same
 * structure as components/DataTable.astro, so the same sort script enhances it.
 *
 * The legend is a 3 x 3 table: columns are thirds of X (A, B, C), rows thirds of Y (3 at the
 * top), each cell its class code and number of areas on the class colour, so it reads without
 * colour; areas without a class follow, named by status.
 */
import { readableTextColour } from '../classify/readable-text-colour.ts';
import { THIRD_NAMES } from '../classify/bivariate-class.ts';
import { escapeHtml as e } from './escape-html.ts';
import { inSentence } from './in-sentence.ts';
import type { OverlayView } from './overlay-view.ts';

const areasText = (n: number) => `${n} ${n === 1 ? 'area' : 'areas'}`;

export function bivariateLegendHtml(view: OverlayView, headingId: string): string {
  const head = view.xThirds.map((t, x) => `<th scope="col"><span class="third-code">${e(t.label)}</span> ${THIRD_NAMES[x]}<br><span class="third-range">${e(t.range)}</span></th>`).join('');
  const body = [2, 1, 0]
    .map((y) => {
      const third = view.yThirds[y]!;
      const cells = [0, 1, 2]
        .map((x) => {
          const cell = view.cells[3 * y + x]!;
          return `<td style="background-color:${cell.colour};color:${readableTextColour(cell.colour)}" data-class="${cell.cls.code}"><strong>${cell.cls.code}</strong><br>${areasText(cell.count)}</td>`;
        })
        .join('');
      return `<tr><th scope="row"><span class="third-code">${e(third.label)}</span> ${THIRD_NAMES[y]}<br><span class="third-range">${e(third.range)}</span></th>${cells}</tr>`;
    })
    .join('');
  const missing = view.withoutClass
    .map((m) => `<li><span class="${m.status === 'suppressed' ? 'swatch hatch' : 'swatch'}" style="background-color:${m.status === 'suppressed' ? view.mapValues.suppressedColour : view.mapValues.noValueColour}" aria-hidden="true"></span><span>${e(m.label)}${m.status === 'suppressed' ? ' (small numbers)' : ''}: no class (${areasText(m.count)})</span></li>`)
    .join('');
  return (
    `<h2 class="legend-heading" id="${headingId}">Key: ${e(view.x.title)} (across) and ${e(view.y.title)} (up)</h2>` +
    `<div class="bivariate-key"><p class="axis-label axis-y" aria-hidden="true">${e(view.y.title)} &uarr;</p>` +
    `<table class="bivariate-grid" aria-labelledby="${headingId}"><thead><tr><td class="corner"></td>${head}</tr></thead><tbody>${body}</tbody></table>` +
    `<p class="axis-label axis-x" aria-hidden="true">${e(view.x.title)} &rarr;</p></div>` +
    (missing ? `<ul class="legend">${missing}</ul>` : '') +
    `<p class="legend-note">Areas are put in thirds of each indicator (tertiles of the ${view.correlation.n} ${e(inSentence(view.level.plural))} with both values): letters for ${e(view.x.title)}, numbers for ${e(view.y.title)}. C3 is the upper third of both.</p>`
  );
}

export function overlayTableHtml(view: OverlayView, areaUrlTemplate: string): string {
  const caption = `${view.x.title} and ${view.y.title} by ${inSentence(view.level.name)}, ${view.period}`;
  const cell = (c: OverlayView['rows'][number]['x']) =>
    `<td class="num" data-sort="${c.value === null ? '' : c.value}">${c.value === null ? `<span class="status">${e(c.display)}</span>` : e(c.display)}</td>`;
  const rows = view.rows
    .map((row) => {
      const href = areaUrlTemplate.replace('{code}', encodeURIComponent(row.code));
      const cls = row.cls ? `${row.cls.code}: ${THIRD_NAMES[row.cls.x]}, ${THIRD_NAMES[row.cls.y]}` : '';
      const clsCell = row.cls ? `<td>${e(cls)}</td>` : `<td><span class="status">No class</span></td>`;
      return `<tr data-code="${e(row.code)}"><th scope="row"><a href="${e(href)}">${e(row.name)}</a></th><td>${e(row.code)}</td>${cell(row.x)}${cell(row.y)}${clsCell}</tr>`;
    })
    .join('');
  return (
    `<div class="table-scroll" tabindex="0" role="region" aria-label="${e(caption)}">` +
    `<table class="data-table overlay-table" data-sortable><caption>${e(caption)}</caption>` +
    `<thead><tr><th scope="col">${e(view.level.name)}</th><th scope="col">Code</th><th scope="col" class="num">${e(view.x.title)}</th><th scope="col" class="num">${e(view.y.title)}</th><th scope="col">Class (third of ${e(view.x.title)}, third of ${e(view.y.title)})</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></div>`
  );
}
