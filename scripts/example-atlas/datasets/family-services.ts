/**
 * Family services (county council): a point dataset, the places where families get help:
 * a family hub in each town, children's centres in the most deprived neighbourhoods, youth
 * centres where young people live, and a library in each district. Positions are British
 * National Grid eastings and northings, as councils' asset registers usually hold them; the
 * build converts them to longitude and latitude with proj4.
 */
import { lonLatToBng } from '../../../src/pipeline/convert/british-national-grid.ts';
import { TOWNS } from '../county.ts';
import { toLonLat, type Point } from '../geometry.ts';
import { normal, streamFor } from '../random.ts';
import type { Geography } from '../regions.ts';
import type { Facts, SmallAreaFacts } from '../surfaces.ts';
import { csvText, type Cell } from '../write.ts';
import { COUNCIL, describedBy, type Dataset } from './dataset.ts';

const STREETS = ['High Street', 'Market Street', 'Church Lane', 'Station Road', 'Mill Lane', 'Park Road', 'School Lane', 'Victoria Road', 'Chapel Street', 'The Green'];

export function familyServicesDataset(facts: Facts, geo: Geography): Dataset {
  const rng = streamFor('family-services');
  const wardName = new Map(geo.wards.map((w) => [w.code, w.name]));
  const districtName = new Map(geo.districts.map((d) => [d.code, d.name]));
  const used = new Set<string>();
  const places: { name: string; kind: string; area: SmallAreaFacts }[] = [];
  const add = (name: string, kind: string, area: SmallAreaFacts) => {
    used.add(area.area.code);
    places.push({ name, kind, area });
  };
  const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

  for (const town of TOWNS) {
    const centre = [...facts.smallAreas].sort((a, b) => distance(a.area.centroid, town.at) - distance(b.area.centroid, town.at))[0]!;
    add(`${town.name} Family Hub`, 'Family hub', centre);
  }
  const byDeprivation = [...facts.smallAreas].sort((a, b) => b.deprivation - a.deprivation || (a.area.code < b.area.code ? -1 : 1));
  const centreWards = new Set<string>();
  for (const area of byDeprivation) {
    if (centreWards.size === 8) break;
    if (used.has(area.area.code) || centreWards.has(area.area.wardCode)) continue;
    centreWards.add(area.area.wardCode);
    add(`${wardName.get(area.area.wardCode)} Children's Centre`, "Children's centre", area);
  }
  const byYoungPeople = [...facts.smallAreas].sort((a, b) => b.core + 0.3 * b.deprivation - (a.core + 0.3 * a.deprivation) || (a.area.code < b.area.code ? -1 : 1));
  const youthWards = new Set<string>();
  for (const area of byYoungPeople) {
    if (youthWards.size === 6) break;
    if (used.has(area.area.code) || youthWards.has(area.area.wardCode) || centreWards.has(area.area.wardCode)) continue;
    youthWards.add(area.area.wardCode);
    add(`${wardName.get(area.area.wardCode)} Youth Centre`, 'Youth centre', area);
  }
  for (const district of geo.districts) {
    const main = facts.smallAreas.filter((a) => a.area.districtCode === district.code && !used.has(a.area.code)).sort((a, b) => b.urban - a.urban || (a.area.code < b.area.code ? -1 : 1))[0];
    if (main) add(`${districtName.get(district.code)} Library`, 'Library', main);
  }

  // The register lists places by its own reference number, in the order they were added to it.
  const rows: Cell[][] = places.map((place, i) => {
    // Within about 150 m of the area's centre, so places do not sit exactly on a centroid.
    const at = { x: place.area.area.centroid.x + 0.15 * normal(rng), y: place.area.area.centroid.y + 0.15 * normal(rng) };
    const [easting, northing] = lonLatToBng(...toLonLat(at));
    const street = STREETS[Math.floor(rng() * STREETS.length)]!;
    const town = wardName.get(place.area.area.wardCode)!;
    return [`FS${String(i + 1).padStart(3, '0')}`, place.name, place.kind, Math.round(easting), Math.round(northing), `${1 + Math.floor(rng() * 120)} ${street}, ${town}`];
  });
  return {
    id: 'family-services',
    file: 'family-services-register.csv',
    csv: csvText(['Ref', 'Service name', 'Service type', 'Easting', 'Northing', 'Address'], rows),
    metadata: {
      kind: 'points',
      ...describedBy(COUNCIL, {
        title: 'Family services',
        description: "Family hubs, children's centres, youth centres and libraries run or commissioned by the county council.",
        slug: 'family-services',
        releaseDate: '2024-04-02',
        nextUpdate: '2025-04-01',
        methodology: `
Places open to the public on 31 March 2024, from the council's asset register. Positions are
the register's British National Grid eastings and northings (metres) of each building's main
entrance.`,
      }),
      file: 'family-services-register.csv',
      name: { column: 'Service name' },
      category: { column: 'Service type' },
      location: { easting: 'Easting', northing: 'Northing' },
      details: ['Address'],
    },
  };
}
