/**
 * A map as a PNG: the MapLibre canvas, read inside its own `render` event (the WebGL drawing
 * buffer is only intact then, so preserveDrawingBuffer and its cost are not needed), with the
 * title above and the key and sources below, wrapped to the map's width.
 */
import { readableTextColour } from '../pipeline/classify/readable-text-colour.ts';
import type { ExportLegend } from '../pipeline/emit/map-svg.ts';
import type { DrawnMap } from './map-events.ts';

/** The map canvas as a PNG data URL, read inside MapLibre's render event. */
function mapCanvasImage(entry: DrawnMap): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    entry.map.once('render', () => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => reject(new Error('could not read the map canvas'));
      image.src = entry.map.getCanvas().toDataURL('image/png');
    });
    entry.map.triggerRepaint();
  });
}

/** Draws `text` wrapped to `width`, returning the baseline after the last line. */
function wrapText(c: CanvasRenderingContext2D, text: string, x: number, y: number, width: number, lineHeight: number): number {
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && c.measureText(next).width > width) {
      c.fillText(line, x, y);
      y += lineHeight;
      line = word;
    } else line = next;
  }
  if (line) c.fillText(line, x, y);
  return y + lineHeight;
}

export async function mapPng(entry: DrawnMap, title: string, legend: ExportLegend, credit: string): Promise<Blob> {
  const image = await mapCanvasImage(entry);
  const ratio = image.width / Math.max(1, entry.map.getCanvas().clientWidth);
  const line = 20 * ratio;
  const margin = 12 * ratio;
  const textWidth = image.width - 2 * margin;
  // Drawn on a tall canvas, then cropped to what was used (wrapped lines make the height unknown).
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height + Math.round((20 + legend.entries.length * 2) * line);
  const c = canvas.getContext('2d')!;
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, canvas.width, canvas.height);
  c.fillStyle = '#1b1b1b';
  c.font = `700 ${16 * ratio}px system-ui, sans-serif`;
  let y = wrapText(c, title, margin, 1.2 * line, textWidth, line);
  c.drawImage(image, 0, y - 0.4 * line);
  y += image.height + 0.6 * line;
  c.font = `${13 * ratio}px system-ui, sans-serif`;
  if (legend.kind === 'grid') {
    const cellWidth = 1.6 * line;
    const top = y - 0.75 * line;
    for (let row = 0; row < 3; row++) {
      for (let col = 0; col < 3; col++) {
        const cell = legend.cells[3 * (2 - row) + col]!;
        c.fillStyle = cell.colour;
        c.fillRect(margin + col * cellWidth, top + row * line, cellWidth, line);
        c.fillStyle = readableTextColour(cell.colour);
        c.fillText(cell.code, margin + col * cellWidth + 0.4 * line, top + row * line + 0.75 * line);
      }
    }
    c.fillStyle = '#1b1b1b';
    const keyX = margin + 3 * cellWidth + line;
    const after = wrapText(c, `Across (A-C): ${legend.xTitle}. Up (1-3): ${legend.yTitle}. C3: upper third of both.`, keyX, y, canvas.width - keyX - margin, line);
    y = Math.max(after, top + 3 * line + line);
  }
  for (const item of legend.entries) {
    c.fillStyle = item.colour;
    c.fillRect(margin, y - 0.7 * line, 1.1 * line, 0.75 * line);
    c.strokeStyle = '#555555';
    c.strokeRect(margin, y - 0.7 * line, 1.1 * line, 0.75 * line);
    c.fillStyle = '#1b1b1b';
    y = wrapText(c, item.label, margin + 1.5 * line, y, textWidth - 1.5 * line, line);
  }
  c.fillStyle = '#4a4a4a';
  c.font = `${11 * ratio}px system-ui, sans-serif`;
  y = wrapText(c, credit, margin, y + 0.25 * line, textWidth, 0.8 * line);
  const cropped = document.createElement('canvas');
  cropped.width = canvas.width;
  cropped.height = Math.min(canvas.height, Math.ceil(y));
  cropped.getContext('2d')!.drawImage(canvas, 0, 0);
  return toBlob(cropped);
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}
