/**
 * A choropleth as a standalone SVG, for "Download map as SVG": the areas projected with d3-geo
 * (Web Mercator, as the on-screen map, fitted to the areas), filled with the colours the map
 * currently paints (suppressed areas hatched), optional point layers, a title, the legend and a
 * source line. Planar after projecting, and filled even-odd, so ring winding cannot invert a fill.
 * Pure: the browser passes in what the map shows; tests pass in two squares.
 */
import { geoIdentity, geoPath } from 'd3';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { escapeHtml as e } from './escape-html.ts';
import { readableTextColour } from '../classify/readable-text-colour.ts';

export type ExportLegend =
  | { kind: 'list'; entries: { colour: string; label: string; hatch?: boolean }[] }
  | { kind: 'grid'; xTitle: string; yTitle: string; cells: { colour: string; code: string; count: number }[]; entries: { colour: string; label: string; hatch?: boolean }[] };

export interface MapSvgInput {
  title: string;
  /** Areas with `fill` and optional `hatch` properties, in longitude/latitude. */
  areas: FeatureCollection<Geometry, { fill: string; hatch?: boolean }>;
  points?: { colour: string; features: Position[] }[];
  legend: ExportLegend;
  credit: string;
  width?: number;
  mapHeight?: number;
}

const FONT = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"`;

/** Web Mercator, in radians-scaled units; geoIdentity then fits it to the frame. */
function mercator([lon, lat]: Position): Position {
  const phi = (Math.max(-85, Math.min(85, lat!)) * Math.PI) / 180;
  return [(lon! * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

function projectGeometry(geometry: Geometry): Geometry {
  const map = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? mercator(c as Position) : (c as unknown[]).map(map));
  if (geometry.type === 'GeometryCollection') return { ...geometry, geometries: geometry.geometries.map(projectGeometry) };
  return { ...geometry, coordinates: map(geometry.coordinates) } as Geometry;
}

/** Splits text into lines of at most `chars` characters (SVG text does not wrap by itself). */
export function wrapLines(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function mapSvg(input: MapSvgInput): string {
  const width = input.width ?? 800;
  const mapHeight = input.mapHeight ?? 600;
  // Character widths are estimates (system fonts differ): about 0.55 em on average.
  const titleLines = wrapLines(input.title, Math.floor((width - 32) / 10));
  const top = 24 + titleLines.length * 22;
  const textBlock = (x: number, y: number, lines: string[], step: number) =>
    `<text x="${x}" y="${y}">${lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : step}">${e(l)}</tspan>`).join('')}</text>`;
  const projected: FeatureCollection = { type: 'FeatureCollection', features: input.areas.features.map((f) => ({ ...f, geometry: projectGeometry(f.geometry) }) as Feature) };
  const projection = geoIdentity().reflectY(true).fitExtent([[16, top], [width - 16, top + mapHeight]], projected);
  const path = geoPath(projection);
  const r = (v: number) => Math.round(v * 100) / 100;

  const parts: string[] = [];
  parts.push(`<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#555555" stroke-width="3"/></pattern></defs>`);
  parts.push(`<g font-size="18" font-weight="700">${textBlock(16, 30, titleLines, 22)}</g>`);
  parts.push(`<g stroke="#ffffff" stroke-width="0.6" fill-rule="evenodd">`);
  input.areas.features.forEach((f, i) => {
    const d = path(projected.features[i]!);
    if (d) parts.push(`<path d="${d}" fill="${f.properties.hatch ? 'url(#hatch)' : f.properties.fill}"/>`);
  });
  parts.push(`</g>`);
  for (const layer of input.points ?? []) {
    parts.push(`<g fill="${layer.colour}" stroke="#ffffff" stroke-width="1.5">`);
    for (const position of layer.features) {
      const [x, y] = projection(mercator(position) as [number, number])!;
      parts.push(`<circle cx="${r(x)}" cy="${r(y)}" r="5"/>`);
    }
    parts.push(`</g>`);
  }

  let y = top + mapHeight + 24;
  const swatch = (x: number, yy: number, entry: { colour: string; hatch?: boolean }) =>
    `<rect x="${x}" y="${yy - 11}" width="22" height="14" fill="${entry.hatch ? 'url(#hatch)' : entry.colour}" stroke="#555555"/>`;
  if (input.legend.kind === 'grid') {
    const size = 44;
    const left = 16;
    parts.push(`<text x="16" y="${y}" font-weight="600">Key</text>`);
    y += 10;
    for (let row = 0; row < 3; row++) {
      for (let col = 0; col < 3; col++) {
        const cell = input.legend.cells[3 * (2 - row) + col]!;
        const cx = left + col * size;
        const cy = y + row * size;
        parts.push(`<rect x="${cx}" y="${cy}" width="${size}" height="${size}" fill="${cell.colour}" stroke="#ffffff"/>`);
        parts.push(`<text x="${cx + size / 2}" y="${cy + size / 2 + 4}" text-anchor="middle" font-weight="700" fill="${readableTextColour(cell.colour)}">${e(cell.code)}</text>`);
      }
    }
    const keyX = left + 3 * size + 16;
    const axes = wrapLines(`Across (A-C): ${input.legend.xTitle}. Up (1-3): ${input.legend.yTitle}. C3: upper third of both.`, Math.floor((width - keyX - 16) / 7.5));
    parts.push(textBlock(keyX, y + 14, axes, 17));
    y += 3 * size + 28;
  }
  for (const entry of input.legend.entries) {
    const lines = wrapLines(entry.label, Math.floor((width - 62) / 7.5));
    parts.push(swatch(16, y, entry), textBlock(46, y, lines, 17));
    y += 20 + (lines.length - 1) * 17;
  }
  y += 8;
  const creditLines = wrapLines(input.credit, Math.floor((width - 32) / 6));
  parts.push(`<g font-size="11" fill="#4a4a4a">${textBlock(16, y, creditLines, 14)}</g>`);
  const height = y + 16 + (creditLines.length - 1) * 14;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="13">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>\n`
  );
}
