/**
 * The example atlas's custom geography: locality partnerships, each a group of whole wards in
 * one district (the kind of area a council's partnership boards use, which no official level
 * matches). Wards are taken in order of their bearing from the district's centre and cut into
 * runs of about four, so each partnership is a slice of its district named after its direction
 * ("Caldwick North"). The list is geography/custom/locality-partnerships.csv; `npm run geography`
 * dissolves the wards' boundaries into build/locality.topo.json and the build sums ward figures.
 */
import type { Geography, Ward } from './regions.ts';
import { csvText } from './write.ts';

export const LOCALITY_LEVEL = {
  id: 'locality',
  name: 'Locality partnership',
  plural: 'Locality partnerships',
  topology: 'build/locality.topo.json',
  object: 'locality',
  code_property: 'code',
  name_property: 'name',
  custom: { building_blocks: 'ward', file: 'custom/locality-partnerships.csv', code_column: 'partnership_code', name_column: 'partnership_name', block_column: 'ward_code' },
};

const WARDS_PER_LOCALITY = 4;
const COMPASS = ['East', 'North East', 'North', 'North West', 'West', 'South West', 'South', 'South East'];

export interface Locality {
  code: string;
  name: string;
  wards: Ward[];
}

export function localities(geo: Geography): Locality[] {
  const out: Omit<Locality, 'code'>[] = [];
  for (const district of geo.districts) {
    const wards = geo.wards.filter((w) => w.districtCode === district.code);
    const centre = { x: mean(wards.map((w) => w.centroid.x)), y: mean(wards.map((w) => w.centroid.y)) };
    const bearing = (w: Ward) => Math.atan2(w.centroid.y - centre.y, w.centroid.x - centre.x);
    const ordered = [...wards].sort((p, q) => bearing(p) - bearing(q) || (p.code < q.code ? -1 : 1));
    const count = Math.max(1, Math.round(wards.length / WARDS_PER_LOCALITY));
    const used = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const group = ordered.slice(Math.floor((i * ordered.length) / count), Math.floor(((i + 1) * ordered.length) / count));
      const heading = Math.atan2(mean(group.map((w) => w.centroid.y)) - centre.y, mean(group.map((w) => w.centroid.x)) - centre.x);
      const direction = count === 1 ? '' : ` ${COMPASS[(Math.round(heading / (Math.PI / 4)) + 8) % 8]}`;
      const base = `${district.name}${direction}`;
      const seen = (used.get(base) ?? 0) + 1;
      used.set(base, seen);
      out.push({ name: seen === 1 ? base : `${base} ${seen}`, wards: group.sort((p, q) => (p.code < q.code ? -1 : 1)) });
    }
  }
  return out
    .sort((p, q) => (p.name < q.name ? -1 : p.name > q.name ? 1 : 0))
    .map((locality, i) => ({ ...locality, code: `X90${String(i + 1).padStart(6, '0')}` }));
}

/** One row per ward: the partnership it belongs to. */
export function localitiesCsv(list: Locality[]): string {
  const rows = list.flatMap((l) => l.wards.map((w) => [l.code, l.name, w.code, w.name]));
  return csvText(['partnership_code', 'partnership_name', 'ward_code', 'ward_name'], rows.sort((p, q) => (p[2]! < q[2]! ? -1 : 1)));
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
