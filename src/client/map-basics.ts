/**
 * What every statlas map shares, whether its boundaries come from TopoJSON or vector tiles: the
 * blank local style (no tiles, glyphs or sprites from anywhere), the controls, the hatching for
 * suppressed areas, and the ready hooks tests and other parts rely on.
 */
import { Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    __statlasMap?: MapLibreMap;
  }
}

/** A map on a plain background, fitted to `bounds`, resolved once its style has loaded. */
export async function createMap(container: HTMLElement, bounds: [number, number, number, number]): Promise<MapLibreMap> {
  container.querySelector('.map-placeholder')?.remove();
  const map = new MapLibreMap({
    container,
    style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f3f5f7' } }] },
    bounds,
    fitBoundsOptions: { padding: 16 },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  window.__statlasMap = map;
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  return map;
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** Diagonal hatching, so suppressed areas differ from others by pattern as well as colour. */
export function hatchPattern(colour: string): ImageData {
  const size = 16;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size, size);
  context.strokeStyle = colour;
  context.lineWidth = 3;
  context.beginPath();
  for (const offset of [-size, 0, size]) {
    context.moveTo(offset, size);
    context.lineTo(offset + size, 0);
  }
  context.stroke();
  return context.getImageData(0, 0, size, size);
}
