import { periodKey } from '../pipeline/emit/period-key.ts';

/** Every URL the site produces, in one place (names of outputs follow their URLs). */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export const urls = {
  home: () => base,
  catalogue: () => `${base}catalogue/`,
  catalogueJson: () => `${base}catalogue.json`,
  catalogueCsv: () => `${base}catalogue.csv`,
  dataset: (id: string) => `${base}datasets/${id}/`,
  indicator: (id: string) => `${base}indicators/${id}/`,
  indicatorView: (id: string, level: string, period: string) => `${base}indicators/${id}/${level}/${periodKey(period)}/`,
  indicatorCsv: (id: string, level: string, period: string) => `${base}indicators/${id}/${level}/${periodKey(period)}.csv`,
  indicatorValues: (id: string, level: string, period: string) => `${base}indicators/${id}/${level}/${periodKey(period)}.json`,
  levelAreas: (level: string) => `${base}areas/${level}/`,
  area: (level: string, code: string) => `${base}areas/${level}/${code}/`,
  areaCsv: (level: string, code: string) => `${base}areas/${level}/${code}.csv`,
  topology: (level: string) => `${base}geography/${level}.topo.json`,
  favicon: () => `${base}favicon.svg`,
};
