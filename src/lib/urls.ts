import { periodKey } from '../pipeline/emit/period-key.ts';
import { changeKey } from '../pipeline/emit/change-key.ts';

/** Every URL the site produces, in one place (names of outputs follow their URLs). */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export const urls = {
  home: () => base,
  catalogue: () => `${base}catalogue/`,
  catalogueJson: () => `${base}catalogue.json`,
  catalogueCsv: () => `${base}catalogue.csv`,
  dataset: (id: string) => `${base}datasets/${id}/`,
  datasetCsv: (id: string) => `${base}datasets/${id}/${id}.csv`,
  dataPackage: (id: string) => `${base}datasets/${id}/datapackage.json`,
  indicator: (id: string) => `${base}indicators/${id}/`,
  indicatorView: (id: string, level: string, period: string) => `${base}indicators/${id}/${level}/${periodKey(period)}/`,
  indicatorCsv: (id: string, level: string, period: string) => `${base}indicators/${id}/${level}/${periodKey(period)}.csv`,
  indicatorValues: (id: string, level: string, period: string) => `${base}indicators/${id}/${level}/${periodKey(period)}.json`,
  /** Change between two periods: /indicators/<id>/<level>/change/<from>-to-<to>/ (periods contain hyphens, so "-to-" separates them). */
  indicatorChange: (id: string, level: string, from: string, to: string) => `${base}indicators/${id}/${level}/change/${changeKey(from, to)}/`,
  indicatorChangeCsv: (id: string, level: string, from: string, to: string) => `${base}indicators/${id}/${level}/change/${changeKey(from, to)}.csv`,
  indicatorChangeValues: (id: string, level: string, from: string, to: string) => `${base}indicators/${id}/${level}/change/${changeKey(from, to)}.json`,
  levelAreas: (level: string) => `${base}areas/${level}/`,
  area: (level: string, code: string) => `${base}areas/${level}/${code}/`,
  areaCsv: (level: string, code: string) => `${base}areas/${level}/${code}.csv`,
  topology: (level: string) => `${base}geography/${level}.topo.json`,
  /** Levels too big for one TopoJSON (src/pipeline/emit/vector-tiles.ts): tiles, their extent and the area names. */
  tiles: (level: string) => `${base}tiles/${level}/{z}/{x}/{y}.pbf`,
  tileSet: (level: string) => `${base}tiles/${level}/tiles.json`,
  areaNames: (level: string) => `${base}geography/${level}.names.json`,
  favicon: () => `${base}favicon.svg`,
  overlays: () => `${base}overlays/`,
  overlay: (x: string, y: string, level: string, period: string) => `${base}overlays/${x}/${y}/${level}/${periodKey(period)}/`,
  overlayCsv: (x: string, y: string, level: string, period: string) => `${base}overlays/${x}/${y}/${level}/${periodKey(period)}.csv`,
  /** Any pair, built in the browser (src/pages/overlays/view.astro). */
  overlayAny: (x: string, y: string, level: string, period: string) => `${base}overlays/view/?${new URLSearchParams({ x, y, level, period })}`,
  points: (id: string) => `${base}points/${id}/`,
  pointsGeoJson: (id: string) => `${base}points/${id}.geojson`,
  pointsCsv: (id: string) => `${base}points/${id}.csv`,
};
