/**
 * Groups small areas into contiguous wards, and wards into contiguous districts, by growing
 * regions over the "shares an edge" graph; then names and codes every area the way the ONS
 * does (codes by type prefix, small areas named "<district> <number><letter>" like LSOAs).
 */
import { closeness, type Cell, type LonLat, type Point, type Town } from './geometry.ts';
import { DISTRICT_COUNT, NAME_ENDS, NAME_STARTS, RURAL_DISTRICT_NAMES, TOWNS, WARD_COUNT } from './county.ts';
import { pick, streamFor, type Rng } from './random.ts';

export interface District {
  code: string;
  name: string;
}
export interface Ward {
  code: string;
  name: string;
  districtCode: string;
  centroid: Point;
}
export interface SmallArea {
  code: string;
  name: string;
  wardCode: string;
  districtCode: string;
  centroid: Point;
  ring: LonLat[];
}
export interface Geography {
  districts: District[];
  wards: Ward[];
  smallAreas: SmallArea[];
}

/**
 * Region growing: each region starts at a seed and, smallest region first, takes the unclaimed
 * neighbour nearest its seed. Every step adds a neighbour, so every region is contiguous.
 */
export function growRegions(neighbours: number[][], positions: Point[], weights: number[], seeds: number[]): number[] {
  const owner = positions.map(() => -1);
  const size = seeds.map((seed) => weights[seed]!);
  const members = seeds.map((seed) => [seed]);
  seeds.forEach((seed, region) => (owner[seed] = region));
  for (;;) {
    const candidates = members
      .map((cells, region) => ({ region, frontier: [...new Set(cells.flatMap((c) => neighbours[c]!))].filter((c) => owner[c] === -1) }))
      .filter((r) => r.frontier.length > 0)
      .sort((p, q) => size[p.region]! - size[q.region]! || p.region - q.region);
    const next = candidates[0];
    if (!next) break;
    const seed = positions[seeds[next.region]!]!;
    const distance = (c: number) => Math.hypot(positions[c]!.x - seed.x, positions[c]!.y - seed.y);
    const cell = next.frontier.sort((p, q) => distance(p) - distance(q) || p - q)[0]!;
    owner[cell] = next.region;
    members[next.region]!.push(cell);
    size[next.region]! += weights[cell]!;
  }
  if (owner.includes(-1)) throw new Error('some small areas are cut off from the rest: the adjacency graph is not connected');
  return owner;
}

/** k-means on positions, so seeds (and thus wards) follow where people live. */
function kMeansSeeds(positions: Point[], k: number): number[] {
  let centres = Array.from({ length: k }, (_, i) => positions[Math.floor((i * positions.length) / k)]!);
  for (let round = 0; round < 20; round++) {
    const sums = centres.map(() => ({ x: 0, y: 0, n: 0 }));
    for (const p of positions) {
      const s = sums[nearest(centres, p)]!;
      s.x += p.x;
      s.y += p.y;
      s.n++;
    }
    centres = sums.map((s, i) => (s.n > 0 ? { x: s.x / s.n, y: s.y / s.n } : centres[i]!));
  }
  const taken = new Set<number>();
  return centres.map((centre) => {
    const order = positions.map((_, i) => i).filter((i) => !taken.has(i));
    const best = order[nearest(order.map((i) => positions[i]!), centre)]!;
    taken.add(best);
    return best;
  });
}

function nearest(points: Point[], p: Point): number {
  let best = 0;
  points.forEach((q, i) => {
    if (Math.hypot(q.x - p.x, q.y - p.y) < Math.hypot(points[best]!.x - p.x, points[best]!.y - p.y)) best = i;
  });
  return best;
}

/** Adds seeds one at a time, each as far as possible from those already chosen. */
function farthestSeeds(positions: Point[], fixed: number[], extra: number): number[] {
  const seeds = [...fixed];
  for (let n = 0; n < extra; n++) {
    const gap = (i: number) => Math.min(...seeds.map((s) => Math.hypot(positions[s]!.x - positions[i]!.x, positions[s]!.y - positions[i]!.y)));
    seeds.push(positions.map((_, i) => i).sort((p, q) => gap(q) - gap(p) || p - q)[0]!);
  }
  return seeds;
}

/** Region-level adjacency from cell adjacency. */
function regionNeighbours(cellNeighbours: number[][], owner: number[], regions: number): number[][] {
  const sets = Array.from({ length: regions }, () => new Set<number>());
  cellNeighbours.forEach((list, cell) => list.forEach((other) => owner[other] !== owner[cell] && sets[owner[cell]!]!.add(owner[other]!)));
  return sets.map((s) => [...s].sort((p, q) => p - q));
}

function meanPoint(points: Point[]): Point {
  return { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
}

/** Town wards are "<Town> Central" or "<Town> North East"; country wards get invented names. */
function wardNames(centroids: Point[], centreWards: Map<number, Town>, rng: Rng): string[] {
  const used = new Set<string>();
  const bearings = ['East', 'North East', 'North', 'North West', 'West', 'South West', 'South', 'South East'];
  return centroids.map((c, ward) => {
    const town = centreWards.get(ward) ?? TOWNS.find((t) => closeness(c, t.at, t.spread) > 0.35);
    let name = '';
    if (centreWards.has(ward)) name = `${town!.name} Central`;
    else if (town) name = `${town.name} ${bearings[Math.round((Math.atan2(c.y - town.at.y, c.x - town.at.x) / (2 * Math.PI)) * 8 + 8) % 8]}`;
    while (name === '' || used.has(name)) name = rng() < 0.25 ? `${inventName(rng)} and ${inventName(rng)}` : inventName(rng);
    used.add(name);
    return name;
  });
}

function inventName(rng: Rng): string {
  const start = pick(rng, NAME_STARTS);
  const end = pick(rng, NAME_ENDS);
  // "Farrowwick" reads badly: drop the doubled letter.
  return start.endsWith(end[0]!) ? start + end.slice(1) : start + end;
}

const code = (prefix: string, n: number) => `${prefix}${String(n).padStart(6, '0')}`;
const byName = <T extends { name: string }>(p: T, q: T) => (p.name < q.name ? -1 : p.name > q.name ? 1 : 0);

/** Builds the three nested levels, named and coded, from the small-area cells. */
export function organiseGeography(cells: Cell[]): Geography {
  const centroids = cells.map((c) => c.centroid);
  const wardOf = growRegions(cells.map((c) => c.neighbours), centroids, cells.map(() => 1), kMeansSeeds(centroids, WARD_COUNT));
  const wardCells = Array.from({ length: WARD_COUNT }, (_, w) => cells.map((_, i) => i).filter((i) => wardOf[i] === w));
  const wardCentroids = wardCells.map((list) => meanPoint(list.map((i) => centroids[i]!)));
  // Each town is the heart of its own district. Districts are balanced by land and people
  // together: by people alone, rural districts would cut the county town into slices.
  const centreWards = new Map(TOWNS.map((town) => [wardOf[nearest(centroids, town.at)]!, town] as const));
  if (centreWards.size !== TOWNS.length) throw new Error('two towns share a central ward: move them apart');
  const districtSeeds = farthestSeeds(wardCentroids, [...centreWards.keys()], DISTRICT_COUNT - TOWNS.length);
  const totalArea = cells.reduce((sum, c) => sum + c.area, 0);
  const wardWeights = wardCells.map((list) => list.reduce((sum, i) => sum + cells[i]!.area / totalArea + 0.5 / cells.length, 0));
  const districtOf = growRegions(regionNeighbours(cells.map((c) => c.neighbours), wardOf, WARD_COUNT), wardCentroids, wardWeights, districtSeeds);

  const districts = districtSeeds
    .map((_, d) => ({ index: d, name: TOWNS[d]?.name ?? RURAL_DISTRICT_NAMES[d - TOWNS.length]! }))
    .sort(byName)
    .map((d, i) => ({ ...d, code: code('X07', i + 1) }));
  const districtByIndex = new Map(districts.map((d) => [d.index, d]));
  const names = wardNames(wardCentroids, centreWards, streamFor('ward-names'));
  const wards = wardCentroids
    .map((centroid, w) => ({ index: w, name: names[w]!, centroid, district: districtByIndex.get(districtOf[w]!)! }))
    .sort((p, q) => (p.district.code < q.district.code ? -1 : p.district.code > q.district.code ? 1 : byName(p, q)))
    .map((w, i) => ({ ...w, code: code('X05', i + 1) }));

  const smallAreas = lsoaStyleSmallAreas(cells, wardCells, districts, wards);
  return {
    districts: districts.map(({ code, name }) => ({ code, name })),
    wards: wards.map(({ code, name, district, centroid }) => ({ code, name, districtCode: district.code, centroid })),
    smallAreas: smallAreas.sort((p, q) => (p.districtCode < q.districtCode ? -1 : p.districtCode > q.districtCode ? 1 : byName(p, q))).map((a, i) => ({ ...a, code: code('X01', i + 1) })),
  };
}

/**
 * Names small areas like LSOAs ("Caldwick 004B"): wards numbered north to south within their
 * district, small areas lettered north to south within their ward.
 */
function lsoaStyleSmallAreas(
  cells: Cell[],
  wardCells: number[][],
  districts: { code: string; name: string }[],
  wards: { index: number; code: string; name: string; centroid: Point; district: { code: string } }[],
): Omit<SmallArea, 'code'>[] {
  const smallAreas: Omit<SmallArea, 'code'>[] = [];
  for (const district of districts) {
    const inDistrict = wards.filter((w) => w.district.code === district.code).sort((p, q) => q.centroid.y - p.centroid.y);
    inDistrict.forEach((ward, n) => {
      const members = [...wardCells[ward.index]!].sort((p, q) => cells[q]!.centroid.y - cells[p]!.centroid.y);
      if (members.length > 26) throw new Error(`ward ${ward.name} has ${members.length} small areas: more than letters A-Z`);
      members.forEach((cell, letter) => {
        smallAreas.push({
          name: `${district.name} ${String(n + 1).padStart(3, '0')}${String.fromCharCode(65 + letter)}`,
          wardCode: ward.code,
          districtCode: district.code,
          centroid: cells[cell]!.centroid,
          ring: cells[cell]!.ring,
        });
      });
    });
  }
  return smallAreas;
}
