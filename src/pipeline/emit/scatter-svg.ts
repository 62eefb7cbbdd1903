/**
 * The overlay's scatter plot as a self-contained SVG string: rendered at build time into the
 * page (readable without JavaScript) and by the browser for pairs built there, then enhanced by
 * src/client/overlay-links.ts. Colours, fonts and lines are presentation attributes rather than
 * CSS so that the exported SVG and PNG look like the page. Each point carries its area code
 * (`data-code`) and a tooltip title; dashed lines mark the tertiles behind the nine classes.
 */
import { scaleLinear } from 'd3';
import type { OverlayView } from './overlay-view.ts';
import { escapeHtml } from './escape-html.ts';
import { formatNumber } from './format-value.ts';

export const SCATTER_SIZE = { width: 560, height: 440 };
const MARGIN = { top: 16, right: 20, bottom: 56, left: 72 };

export function scatterSvg(view: OverlayView, id: string): string {
  const { width, height } = SCATTER_SIZE;
  const points = view.rows.filter((r) => r.cls);
  const x = scaleLinear().domain(extent(points.map((p) => p.x.value!))).nice().range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain(extent(points.map((p) => p.y.value!))).nice().range([height - MARGIN.bottom, MARGIN.top]);
  const [x0, x1] = x.range() as [number, number];
  const [y0, y1] = y.range() as [number, number];
  const e = escapeHtml;
  const xLabel = `${view.x.title} →`;
  const yLabel = `${view.y.title} →`;
  const title = `Scatter plot of ${view.y.title} against ${view.x.title}, ${view.level.plural.toLowerCase()}, ${view.period}`;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="scatter-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="12">`,
    `<title id="${id}-title">${e(title)}</title>`,
    `<desc id="${id}-desc">${e(view.sentence)} Each point is one area with both values; the same values are in the table.</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  // Axes and ticks.
  parts.push(`<g fill="#1b1b1b" stroke="none">`);
  for (const tick of x.ticks(6)) {
    const px = r(x(tick));
    parts.push(`<line x1="${px}" x2="${px}" y1="${y0}" y2="${y0 + 5}" stroke="#4a4a4a"/><text x="${px}" y="${y0 + 18}" text-anchor="middle">${e(tickText(tick, x.ticks(6)))}</text>`);
  }
  for (const tick of y.ticks(6)) {
    const py = r(y(tick));
    parts.push(`<line x1="${x0 - 5}" x2="${x0}" y1="${py}" y2="${py}" stroke="#4a4a4a"/><text x="${x0 - 8}" y="${py + 4}" text-anchor="end">${e(tickText(tick, y.ticks(6)))}</text>`);
  }
  parts.push(
    `<line x1="${x0}" x2="${x1}" y1="${y0}" y2="${y0}" stroke="#4a4a4a"/><line x1="${x0}" x2="${x0}" y1="${y0}" y2="${y1}" stroke="#4a4a4a"/>`,
    `<text x="${r((x0 + x1) / 2)}" y="${height - 12}" text-anchor="middle" font-weight="600">${e(xLabel)}</text>`,
    `<text transform="translate(16 ${r((y0 + y1) / 2)}) rotate(-90)" text-anchor="middle" font-weight="600">${e(yLabel)}</text>`,
    `</g>`,
  );
  // Tertile guides: the nine classes are the boxes they make.
  parts.push(`<g stroke="#8a8a8a" stroke-dasharray="4 3" fill="none" aria-hidden="true">`);
  for (const t of view.xTertiles?.thresholds ?? []) parts.push(`<line x1="${r(x(t))}" x2="${r(x(t))}" y1="${y0}" y2="${y1}"/>`);
  for (const t of view.yTertiles?.thresholds ?? []) parts.push(`<line x1="${x0}" x2="${x1}" y1="${r(y(t))}" y2="${r(y(t))}"/>`);
  parts.push(`</g>`);
  // Points, in code order (so the SVG is the same bytes every build).
  parts.push(`<g class="scatter-points" stroke="#1b1b1b" stroke-width="0.75">`);
  for (const p of points) {
    const colour = view.cells[p.cls!.index]!.colour;
    const label = `${p.name} (${p.code}), class ${p.cls!.code}: ${view.x.title} ${p.x.display}; ${view.y.title} ${p.y.display}`;
    parts.push(`<circle cx="${r(x(p.x.value!))}" cy="${r(y(p.y.value!))}" r="4.5" fill="${colour}" data-code="${e(p.code)}"><title>${e(label)}</title></circle>`);
  }
  parts.push(`</g>`);
  if (points.length === 0) parts.push(`<text x="${r((x0 + x1) / 2)}" y="${r((y0 + y1) / 2)}" text-anchor="middle">No area has values for both indicators.</text>`);
  parts.push(`</svg>`);
  return parts.join('');
}

function extent(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) [low, high] = [low - 1, high + 1];
  return [low, high];
}

/** Two decimals at most, and only as many as the tick step needs. */
function tickText(value: number, ticks: number[]): string {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  return formatNumber(value, Math.min(2, Math.max(0, -Math.floor(Math.log10(step)))));
}

function r(value: number): number {
  return Math.round(value * 10) / 10;
}
