/**
 * The county's small areas as polygons: seeded points, denser in towns, inside an irregular
 * outline; the Voronoi cell of each point is a small area. Work is done on a flat kilometre grid
 * centred on the county (fine at this size) and only the output is in WGS84 longitude/latitude.
 */
import { Delaunay } from 'd3-delaunay';
import { streamFor, uniform, type Rng } from './random.ts';

/** Kilometres east and north of the county's centre. */
export interface Point {
  x: number;
  y: number;
}
/** WGS84 [longitude, latitude], rounded to 5 decimals (about 1 m). */
export type LonLat = [number, number];

export interface Town {
  name: string;
  at: Point;
  /** Peak point density relative to the countryside (1): how urban the centre is. */
  peak: number;
  /** Radius (km, one standard deviation) of the built-up area. */
  spread: number;
  /** How deprived the inner town is, in standard deviations of the county's deprivation. */
  deprivation: number;
}

export interface Cell {
  /** Kilometre centroid, used for naming, ordering and the statistical surfaces. */
  centroid: Point;
  /** Area in km², so districts can be balanced by land rather than by people. */
  area: number;
  /** Closed outer ring, counter-clockwise, sharing exact vertices with its neighbours. */
  ring: LonLat[];
  /** Indexes of the cells that share an edge (not just a corner) with this one. */
  neighbours: number[];
}

const CENTRE = { lon: -0.75, lat: 52.6 };
const KM_PER_DEGREE_LAT = 111.2;
const KM_PER_DEGREE_LON = 111.32 * Math.cos((CENTRE.lat * Math.PI) / 180);
/** The outline's mean radius (km) and stretch: a county about 55 km wide and 62 km tall. */
const RADIUS = 24;
const STRETCH = { x: 0.95, y: 1.1 };
/** Points in a band this much wider than the outline close off the edge cells naturally. */
const BAND = 1.3;

export function toLonLat(p: Point): LonLat {
  return [round5(CENTRE.lon + p.x / KM_PER_DEGREE_LON), round5(CENTRE.lat + p.y / KM_PER_DEGREE_LAT)];
}

export function toKm([lon, lat]: LonLat): Point {
  return { x: (lon - CENTRE.lon) * KM_PER_DEGREE_LON, y: (lat - CENTRE.lat) * KM_PER_DEGREE_LAT };
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** Town density bumps on a countryside of 1: small areas hold similar numbers of people. */
export function density(p: Point, towns: readonly Town[]): number {
  return 1 + towns.reduce((sum, town) => sum + town.peak * closeness(p, town.at, town.spread), 0);
}

/** Gaussian closeness: 1 at the centre, 0.6 at one `spread`, nearly 0 beyond three. */
export function closeness(p: Point, centre: Point, spread: number): number {
  const d2 = (p.x - centre.x) ** 2 + (p.y - centre.y) ** 2;
  return Math.exp(-d2 / (2 * spread * spread));
}

/**
 * An irregular outline as a radius that wobbles with angle (a few random harmonics). Returns how
 * far out a point is: below 1 inside the county, 1 on the boundary.
 */
function makeOutline(rng: Rng): (p: Point) => number {
  const harmonics = [2, 3, 4, 5, 7].map((k) => ({ k, amplitude: uniform(rng, 0.02, 0.1) * (2 / k) ** 0.5, phase: uniform(rng, 0, 2 * Math.PI) }));
  return (p) => {
    const x = p.x / STRETCH.x;
    const y = p.y / STRETCH.y;
    const angle = Math.atan2(y, x);
    const radius = RADIUS * (1 + harmonics.reduce((sum, h) => sum + h.amplitude * Math.cos(h.k * angle + h.phase), 0));
    return Math.hypot(x, y) / radius;
  };
}

/**
 * Rejection sampling: candidates are accepted in proportion to density, and refused when closer
 * to an existing site than a share of the local spacing, which avoids sliver-thin cells.
 */
function sampleSites(rng: Rng, count: number, sites: Point[], accept: (p: Point) => boolean, weight: (p: Point) => number, maxWeight: number, spacing: (p: Point) => number): Point[] {
  const added: Point[] = [];
  while (added.length < count) {
    const p = { x: uniform(rng, -RADIUS * 1.6, RADIUS * 1.6), y: uniform(rng, -RADIUS * 1.8, RADIUS * 1.8) };
    if (!accept(p) || rng() * maxWeight > weight(p)) continue;
    const minimum = spacing(p);
    if (sites.some((s) => Math.hypot(s.x - p.x, s.y - p.y) < minimum)) continue;
    sites.push(p);
    added.push(p);
  }
  return added;
}

/** Total density weight inside and in the band, by a fixed grid (no randomness needed). */
function weighOutline(outline: (p: Point) => number, towns: readonly Town[]): { inside: number; band: number } {
  const step = 0.5;
  let inside = 0;
  let band = 0;
  for (let x = -RADIUS * 1.6; x < RADIUS * 1.6; x += step) {
    for (let y = -RADIUS * 1.8; y < RADIUS * 1.8; y += step) {
      const p = { x, y };
      const out = outline(p);
      if (out < 1) inside += density(p, towns) * step * step;
      else if (out < BAND) band += density(p, towns) * step * step;
    }
  }
  return { inside, band };
}

/** Builds `count` small areas for the given towns. */
export function buildCells(towns: readonly Town[], count: number): Cell[] {
  const rng = streamFor('geometry');
  const outline = makeOutline(rng);
  for (const town of towns) if (outline(town.at) > 0.8) throw new Error(`${town.name} is too close to the county edge`);
  const weights = weighOutline(outline, towns);
  const areaPerSite = weights.inside / count; // density-weighted km² per small area
  const spacing = (p: Point) => 0.65 * Math.sqrt(areaPerSite / density(p, towns));
  const weight = (p: Point) => density(p, towns);
  const maxWeight = Math.max(...towns.map((town) => weight(town.at)));
  const sites: Point[] = [];
  const inside = sampleSites(rng, count, sites, (p) => outline(p) < 1, weight, maxWeight, spacing);
  const bandCount = Math.round(weights.band / areaPerSite);
  sampleSites(rng, bandCount, sites, (p) => outline(p) >= 1 && outline(p) < BAND, weight, maxWeight, spacing);
  // The Voronoi diagram of all sites; only the inside cells (the first `count` sites, so cell i
  // is small area i) become small areas.
  const voronoi = Delaunay.from(sites.map((s) => [s.x, s.y] as [number, number])).voronoi([-80, -80, 80, 80]);
  const straight = inside.map((_, i) => {
    const polygon = voronoi.cellPolygon(i) as [number, number][];
    if (polygon.some(([x, y]) => Math.abs(x) >= 80 || Math.abs(y) >= 80)) throw new Error(`small area ${i} reaches the diagram's edge: widen the band`);
    return polygon.map(([x, y]) => ({ x, y }));
  });
  return organicCells(straight);
}

// ---------------------------------------------------------------------------------------------
// Organic edges. Voronoi edges are dead straight, which looks synthetic and leaves mapshaper's
// simplification nothing to do. Each shared edge is bent by midpoint displacement seeded by the
// edge itself, so both neighbours get exactly the same line and the topology stays clean.

interface Edge {
  from: LonLat;
  to: LonLat;
  cells: number[];
  line: LonLat[];
}
interface RingEdge {
  key: string;
  forward: boolean;
}

const keyOf = (p: LonLat) => `${p[0]},${p[1]}`;

function organicCells(straight: Point[][]): Cell[] {
  const edges = new Map<string, Edge>();
  const ringEdges = straight.map((polygon, cell) => ringEdgesOf(counterClockwise(polygon.map(toLonLat)), cell, edges));
  for (const key of [...edges.keys()].sort()) bendEdge(key, edges, ringEdges);
  return straight.map((polygon, cell) => ({
    ...centroidOf(polygon),
    ring: ringFrom(ringEdges[cell]!, edges),
    neighbours: neighboursOf(ringEdges[cell]!, edges, cell),
  }));
}

/** Records each edge of a cell's ring (rounded, deduplicated) in the shared edge table. */
function ringEdgesOf(ring: LonLat[], cell: number, edges: Map<string, Edge>): RingEdge[] {
  const points = ring.filter((p, i) => i === 0 || keyOf(p) !== keyOf(ring[i - 1]!));
  if (keyOf(points[0]!) !== keyOf(points.at(-1)!)) points.push(points[0]!);
  const result: RingEdge[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const forward = keyOf(a) < keyOf(b);
    const key = forward ? `${keyOf(a)}|${keyOf(b)}` : `${keyOf(b)}|${keyOf(a)}`;
    const edge = edges.get(key) ?? { from: forward ? a : b, to: forward ? b : a, cells: [], line: forward ? [a, b] : [b, a] };
    edge.cells.push(cell);
    edges.set(key, edge);
    result.push({ key, forward });
  }
  return result;
}

/** Bends one edge, gently enough (retrying smaller, then straight) never to cross its neighbours. */
function bendEdge(key: string, edges: Map<string, Edge>, ringEdges: RingEdge[][]): void {
  const edge = edges.get(key)!;
  const a = toKm(edge.from);
  const b = toKm(edge.to);
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const depth = Math.max(0, Math.min(4, Math.round(Math.log2(length / 0.15))));
  if (depth === 0) return;
  const others = edge.cells.flatMap((cell) => ringEdges[cell]!.filter((e) => e.key !== key).map((e) => edges.get(e.key)!.line));
  for (const roughness of [0.12, 0.06, 0.03]) {
    const rng = streamFor(`edge:${key}`);
    const inner = displace(a, b, depth, roughness, rng).map(toLonLat);
    const line = [edge.from, ...inner, edge.to].filter((p, i, all) => i === 0 || keyOf(p) !== keyOf(all[i - 1]!));
    if (!others.some((other) => linesCross(line, other))) {
      edge.line = line;
      return;
    }
  }
}

/** Midpoint displacement: each midpoint moves sideways by up to `roughness` of its segment. */
function displace(a: Point, b: Point, depth: number, roughness: number, rng: Rng): Point[] {
  if (depth === 0) return [];
  const offset = (2 * rng() - 1) * roughness;
  const mid = { x: (a.x + b.x) / 2 - (b.y - a.y) * offset, y: (a.y + b.y) / 2 + (b.x - a.x) * offset };
  return [...displace(a, mid, depth - 1, roughness, rng), mid, ...displace(mid, b, depth - 1, roughness, rng)];
}

/** Whether two polylines cross or touch anywhere other than at a vertex they share. */
function linesCross(p: LonLat[], q: LonLat[]): boolean {
  for (let i = 0; i + 1 < p.length; i++) {
    for (let j = 0; j + 1 < q.length; j++) {
      const ends = [p[i]!, p[i + 1]!, q[j]!, q[j + 1]!].map(keyOf);
      if (ends[0] === ends[2] || ends[0] === ends[3] || ends[1] === ends[2] || ends[1] === ends[3]) continue;
      if (segmentsMeet(p[i]!, p[i + 1]!, q[j]!, q[j + 1]!)) return true;
    }
  }
  return false;
}

function segmentsMeet(a: LonLat, b: LonLat, c: LonLat, d: LonLat): boolean {
  const turn = (p: LonLat, q: LonLat, r: LonLat) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const ab = turn(a, b, c) * turn(a, b, d);
  const cd = turn(c, d, a) * turn(c, d, b);
  if (ab > 0 || cd > 0) return false;
  // Collinear pieces only meet if their extents overlap.
  const overlap = (i: 0 | 1) => Math.max(Math.min(a[i], b[i]), Math.min(c[i], d[i])) <= Math.min(Math.max(a[i], b[i]), Math.max(c[i], d[i]));
  return ab < 0 && cd < 0 ? true : overlap(0) && overlap(1);
}

function ringFrom(ringEdges: RingEdge[], edges: Map<string, Edge>): LonLat[] {
  const ring: LonLat[] = [];
  for (const { key, forward } of ringEdges) {
    const line = edges.get(key)!.line;
    ring.push(...(forward ? line : [...line].reverse()).slice(0, -1));
  }
  ring.push(ring[0]!);
  return ring;
}

/** Neighbours share an edge of at least 50 m, so regions grown over them are truly contiguous. */
function neighboursOf(ringEdges: RingEdge[], edges: Map<string, Edge>, cell: number): number[] {
  const result = new Set<number>();
  for (const { key } of ringEdges) {
    const edge = edges.get(key)!;
    const a = toKm(edge.from);
    const b = toKm(edge.to);
    if (Math.hypot(b.x - a.x, b.y - a.y) < 0.05) continue;
    for (const other of edge.cells) if (other !== cell) result.add(other);
  }
  return [...result].sort((p, q) => p - q);
}

function counterClockwise(ring: LonLat[]): LonLat[] {
  let twiceArea = 0;
  for (let i = 0; i + 1 < ring.length; i++) twiceArea += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return twiceArea >= 0 ? ring : [...ring].reverse();
}

function centroidOf(polygon: Point[]): { centroid: Point; area: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < polygon.length; i++) {
    const p = polygon[i]!;
    const q = polygon[i + 1]!;
    const cross = p.x * q.y - q.x * p.y;
    area += cross;
    x += (p.x + q.x) * cross;
    y += (p.y + q.y) * cross;
  }
  return { centroid: { x: x / (3 * area), y: y / (3 * area) }, area: Math.abs(area) / 2 };
}
