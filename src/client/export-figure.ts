/**
 * "Download as PNG / SVG" buttons (components/ExportButtons.astro), outside every map and chart:
 *
 * - chart SVG: the inline SVG serialised as it is (charts carry their styling as attributes);
 * - chart PNG: that SVG drawn onto a canvas at twice its size;
 * - map PNG: the MapLibre canvas read in its own `render` event (the WebGL drawing buffer is
 *   only intact then, without the cost of preserveDrawingBuffer), with a title, legend and
 *   source line drawn around it;
 * - map SVG: the areas projected with d3-geo (pipeline/emit/map-svg.ts) in the colours the map
 *   paints now (after the period slider too), with any point layers that are switched on.
 *
 * Everything happens in the browser from what the page already has; nothing is fetched.
 */
import { mapSvg, type ExportLegend } from '../pipeline/emit/map-svg.ts';
import { drawnMap, type DrawnMap } from './map-events.ts';
import { mapPng } from './map-png.ts';
import { visiblePointLayers } from './point-layers.ts';

/** Makes the file for one button of an ExportButtons group and offers it as a download. */
export async function exportFigure(group: HTMLElement, format: 'png' | 'svg'): Promise<void> {
  const target = document.getElementById(group.dataset.exportFor!);
  if (!target) throw new Error(`no element #${group.dataset.exportFor}`);
  const blob = target.classList.contains('statlas-map') ? await exportMap(target, group, format) : await exportChart(target, format);
  download(blob, `${group.dataset.filename ?? 'figure'}.${format}`);
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function serialise(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Page-only state (hover, selection) is not part of the figure.
  clone.querySelectorAll('.is-hover, .is-selected').forEach((el) => el.classList.remove('is-hover', 'is-selected'));
  return new XMLSerializer().serializeToString(clone);
}

async function exportChart(target: HTMLElement, format: 'png' | 'svg'): Promise<Blob> {
  const svg = target.matches('svg') ? (target as unknown as SVGSVGElement) : target.querySelector('svg')!;
  const text = serialise(svg);
  if (format === 'svg') return new Blob([text], { type: 'image/svg+xml' });
  return svgToPng(text, svg.viewBox.baseVal.width || svg.clientWidth, svg.viewBox.baseVal.height || svg.clientHeight);
}

async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await toBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}

/** The legend the page shows beside the map (`data-legend` names its element). */
function legendOf(container: HTMLElement): ExportLegend {
  const element = container.dataset.legend ? document.getElementById(container.dataset.legend) : null;
  const entries = [...(element?.querySelectorAll<HTMLElement>('ul.legend li') ?? [])].map((li) => {
    const swatch = li.querySelector<HTMLElement>('.swatch');
    return { colour: rgbToHex(swatch ? getComputedStyle(swatch).backgroundColor : '#d4d4d4'), label: li.textContent!.trim().replace(/\s+/g, ' '), hatch: swatch?.classList.contains('hatch') ?? false };
  });
  const grid = element?.querySelector<HTMLTableElement>('table.bivariate-grid');
  if (!grid) return { kind: 'list', entries };
  const cells = [...grid.querySelectorAll<HTMLTableCellElement>('td[data-class]')]
    .map((td) => ({ code: td.dataset.class!, colour: rgbToHex(getComputedStyle(td).backgroundColor), count: Number(td.textContent!.match(/(\d+) area/)?.[1] ?? 0) }))
    .sort((a, b) => (a.code[1]! === b.code[1]! ? (a.code < b.code ? -1 : 1) : a.code[1]! < b.code[1]! ? -1 : 1));
  return { kind: 'grid', xTitle: element!.dataset.xTitle ?? 'X', yTitle: element!.dataset.yTitle ?? 'Y', cells, entries };
}

function rgbToHex(colour: string): string {
  const m = colour.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)/);
  return m ? '#' + m.slice(1, 4).map((v) => Number(v).toString(16).padStart(2, '0')).join('') : colour;
}

async function exportMap(container: HTMLElement, group: HTMLElement, format: 'png' | 'svg'): Promise<Blob> {
  const entry = drawnMap(container);
  if (!entry) throw new Error('the map is not drawn yet');
  const title = group.dataset.title ?? 'Map';
  const credit = group.dataset.credit ?? '';
  const legend = legendOf(container);
  // Places switched on are part of the picture, so they are part of its key.
  for (const layer of visiblePointLayers(entry.map)) legend.entries.push({ colour: layer.colour, label: `${layer.name} (${layer.features.length} places)` });
  if (format === 'svg') return new Blob([mapSvgOf(entry, title, legend, credit)], { type: 'image/svg+xml' });
  return mapPng(entry, title, legend, credit);
}

function mapSvgOf(entry: DrawnMap, title: string, legend: ExportLegend, credit: string): string {
  const { values } = entry;
  const areas = {
    type: 'FeatureCollection' as const,
    features: entry.areas.features.map((f) => {
      const cls = Number(f.properties.cls);
      const suppressed = f.properties.status === 'suppressed';
      return { ...f, properties: { fill: suppressed ? values.suppressedColour : cls >= 0 ? values.colours[cls]! : values.noValueColour, hatch: suppressed } };
    }),
  };
  const canvas = entry.map.getCanvas();
  const width = 800;
  return mapSvg({ title, areas, points: visiblePointLayers(entry.map), legend, credit, width, mapHeight: Math.round((width * canvas.clientHeight) / Math.max(1, canvas.clientWidth)) });
}
