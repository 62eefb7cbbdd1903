/**
 * The hidden "truth" behind the example datasets: for each small area, how urban it is, how
 * deprived (a smooth surface: high in town centres, plus broad regional swells and a little local
 * noise) and how many people of each kind live there, year by year. Every dataset draws its
 * figures from these, which is what makes them correlate the way real ones do.
 */
import { closeness, type Point } from './geometry.ts';
import { TOWNS } from './county.ts';
import type { Geography, SmallArea, Ward } from './regions.ts';
import { normal, streamFor, uniform, type Rng } from './random.ts';

/** The years most datasets cover; the population model also runs two years earlier for pooling. */
export const YEARS = [2021, 2022, 2023] as const;
export const MODEL_YEARS = [2019, 2020, 2021, 2022, 2023] as const;

export interface People {
  all: number;
  aged0to15: number;
  aged16to64: number;
  aged65plus: number;
  children0to17: number;
  women15to17: number;
  aged10to24: number;
  /** Pupils finishing Key Stage 4 (age 16) who live here. */
  ks4Pupils: number;
}

export interface SmallAreaFacts {
  area: SmallArea;
  /** 1 in a town centre, near 0 in open country. */
  urban: number;
  /** Closeness to a town's core, where the night-time economy is. */
  core: number;
  /** Deprivation in county standard deviations (mean 0). */
  deprivation: number;
  /** An area's lasting quirk (a good school nearby, an estate) shared by its outcome figures. */
  quirk: number;
  people: Map<number, People>;
}

export interface WardFacts {
  ward: Ward;
  deprivation: number;
  core: number;
  smallAreas: SmallAreaFacts[];
}

export interface Facts {
  smallAreas: SmallAreaFacts[];
  wards: WardFacts[];
}

/** A smooth random field (sum of long plane waves, wavelengths 12-40 km), mean 0, sd about 1. */
function smoothField(rng: Rng, waves = 6): (p: Point) => number {
  const parts = Array.from({ length: waves }, () => {
    const angle = uniform(rng, 0, Math.PI);
    const wavelength = uniform(rng, 12, 40);
    return { dx: Math.cos(angle) / wavelength, dy: Math.sin(angle) / wavelength, phase: uniform(rng, 0, 2 * Math.PI) };
  });
  return (p) => parts.reduce((sum, w) => sum + Math.cos(2 * Math.PI * (p.x * w.dx + p.y * w.dy) + w.phase), 0) * Math.sqrt(2 / waves);
}

function standardise(values: number[]): number[] {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  return values.map((v) => (v - mean) / sd);
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Deprivation: concentrated in inner towns (by how deprived each town is), swells across the county. */
function deprivationSurface(smallAreas: SmallArea[]): number[] {
  const rng = streamFor('deprivation-surface');
  const swell = smoothField(rng);
  const raw = smallAreas.map((a) => {
    const inner = TOWNS.reduce((sum, t) => sum + t.deprivation * closeness(a.centroid, t.at, 0.8 * t.spread), 0);
    return inner + 0.4 * swell(a.centroid) + 0.3 * normal(rng);
  });
  return standardise(raw);
}

/**
 * About 1,500 residents per small area (as with LSOAs), growing slowly, faster in towns; the
 * countryside is older, deprived areas have more children.
 */
function simulatePeople(urban: number, deprivation: number, rng: Rng): Map<number, People> {
  const base = Math.round(1500 * Math.exp(0.15 * normal(rng)));
  const growth = 0.004 + 0.006 * urban + 0.004 * normal(rng);
  const olderShift = 0.025 * normal(rng);
  const childShift = 0.015 * normal(rng);
  const teenShare = 0.0175 + 0.0015 * normal(rng);
  // Towns hold more young adults (colleges, first homes).
  const youngShare = clamp(0.165 + 0.03 * urban + 0.01 * normal(rng), 0.1, 0.3);
  const cohortShift = 0.12 * normal(rng);
  const people = new Map<number, People>();
  for (const year of MODEL_YEARS) {
    const t = year - 2021;
    const all = Math.round(base * (1 + growth) ** t);
    const aged65plus = Math.round(all * clamp(0.24 - 0.1 * urban - 0.02 * deprivation + olderShift + 0.003 * t, 0.05, 0.45));
    const aged0to15 = Math.round(all * clamp(0.17 + 0.02 * deprivation + childShift - 0.001 * t, 0.08, 0.3));
    people.set(year, {
      all,
      aged0to15,
      aged16to64: all - aged0to15 - aged65plus,
      aged65plus,
      children0to17: Math.round(aged0to15 * 1.12),
      women15to17: Math.round(all * teenShare * (1 + 0.03 * normal(rng))),
      aged10to24: Math.round(all * youngShare),
      ks4Pupils: Math.max(3, Math.round(all * 0.0118 * Math.exp(cohortShift + 0.08 * normal(rng)))),
    });
  }
  return people;
}

/** Builds the facts for every small area and ward. */
export function buildFacts(geo: Geography): Facts {
  const deprivation = deprivationSurface(geo.smallAreas);
  const rng = streamFor('people');
  const smallAreas = geo.smallAreas.map((area, i) => {
    const urban = Math.max(...TOWNS.map((t) => closeness(area.centroid, t.at, 1.5 * t.spread)));
    const core = Math.max(...TOWNS.map((t) => closeness(area.centroid, t.at, 0.6 * t.spread)));
    return { area, urban, core, deprivation: deprivation[i]!, quirk: normal(rng), people: simulatePeople(urban, deprivation[i]!, rng) };
  });
  const wards = geo.wards.map((ward) => {
    const members = smallAreas.filter((a) => a.area.wardCode === ward.code);
    const mean = (f: (a: SmallAreaFacts) => number) => members.reduce((s, a) => s + f(a), 0) / members.length;
    return { ward, deprivation: mean((a) => a.deprivation), core: mean((a) => a.core), smallAreas: members };
  });
  return { smallAreas, wards };
}

/** Sums one kind of person over a ward's small areas. */
export function wardPeople(ward: WardFacts, year: number, kind: keyof People): number {
  return ward.smallAreas.reduce((sum, a) => sum + a.people.get(year)![kind], 0);
}
