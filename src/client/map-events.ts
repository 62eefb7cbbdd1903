/**
 * How the parts around a map talk to it without loading MapLibre themselves: the map announces
 * itself on its container once its layers are added (`statlas:map-ready`), and reports the area
 * under the pointer (`statlas:area-hover`) and a click on an area (`statlas:area-click`, which a
 * page may cancel to select the area instead of opening its profile). Point layers, the period
 * slider, linked highlighting, URL state and export all listen here; only types are imported
 * from maplibre-gl, so none of them pulls the library into a page's first load.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import type { MapValues } from '../pipeline/emit/map-values.ts';

export interface DrawnMap {
  container: HTMLElement;
  map: MapLibreMap;
  /** The GeoJSON behind the `areas` source; its properties (cls, status, display) are what is painted. */
  areas: FeatureCollection<Geometry, Record<string, unknown>>;
  /** The values currently painted. */
  values: MapValues;
}

const drawn = new WeakMap<HTMLElement, DrawnMap>();

/** Called by the map once its layers are added. */
export function announceMapReady(entry: DrawnMap): void {
  drawn.set(entry.container, entry);
  entry.container.dispatchEvent(new CustomEvent<DrawnMap>('statlas:map-ready', { bubbles: true, detail: entry }));
}

/** Runs `callback` with the container's map as soon as it is drawn (at once if it already is). */
export function whenMapDrawn(container: HTMLElement, callback: (entry: DrawnMap) => void): void {
  const entry = drawn.get(container);
  if (entry) callback(entry);
  else container.addEventListener('statlas:map-ready', (event) => callback((event as CustomEvent<DrawnMap>).detail), { once: true });
}

export function drawnMap(container: HTMLElement): DrawnMap | undefined {
  return drawn.get(container);
}

/** The area under the pointer (null when it leaves the areas). */
export function announceAreaHover(container: HTMLElement, code: string | null): void {
  container.dispatchEvent(new CustomEvent('statlas:area-hover', { bubbles: true, detail: { code } }));
}

/** A click on an area; returns false when a listener cancelled the default (opening the area's page). */
export function announceAreaClick(container: HTMLElement, code: string): boolean {
  return container.dispatchEvent(new CustomEvent('statlas:area-click', { bubbles: true, cancelable: true, detail: { code } }));
}
