/**
 * Seeded randomness for the example atlas. Every figure in the atlas comes from these functions,
 * so the generator writes the same bytes on every run and every machine.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** The one seed everything derives from: change it to get a different (equally fictional) county. */
const ATLAS_SEED = 'wyvernshire-2024';

/** mulberry32: tiny and portable (32-bit integer arithmetic only), plenty for synthetic data. */
function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: turns a text into a 32-bit seed. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * One independent stream per purpose ("outline", "teen-conceptions", ...), so changing how one
 * dataset is drawn does not reshuffle the geography or the other datasets.
 */
export function streamFor(purpose: string): Rng {
  return mulberry32(hashText(`${ATLAS_SEED}:${purpose}`));
}

export function uniform(rng: Rng, low: number, high: number): number {
  return low + (high - low) * rng();
}

/** Standard normal deviate (Box-Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Poisson count: exact (Knuth) for small means, where the small counts that matter live. */
export function poisson(rng: Rng, mean: number): number {
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const limit = Math.exp(-mean);
  let count = 0;
  let product = rng();
  while (product > limit) {
    count++;
    product *= rng();
  }
  return count;
}

/** Binomial count by summing trials: the trial counts here are a few hundred at most. */
export function binomial(rng: Rng, trials: number, probability: number): number {
  let successes = 0;
  for (let i = 0; i < trials; i++) if (rng() < probability) successes++;
  return successes;
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Picks one element; the caller's list must not be empty. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}
