/**
 * The Astro side's single entry to the pipeline: runs it once per build and shares the result
 * between every page and endpoint. The content root is ATLAS_ROOT or the working directory.
 */
import { resolve } from 'node:path';
import { runPipeline } from '../pipeline/index.ts';
import type { Atlas, Indicator, Level } from '../pipeline/types.ts';

/**
 * Cached on globalThis, not in a module variable: Astro loads this module twice in one build
 * (once bundled with the pages, once with the integrations), and the pipeline should run once.
 */
const CACHE = Symbol.for('statlas.atlas');
type Cache = { [CACHE]?: { root: string; atlas: Atlas } };

export function getAtlas(): Atlas {
  const root = resolve(process.env.ATLAS_ROOT || process.cwd());
  const cache = globalThis as Cache;
  if (cache[CACHE]?.root !== root) cache[CACHE] = { root, atlas: runPipeline(root) };
  return cache[CACHE].atlas;
}

export function levelById(atlas: Atlas, id: string): Level {
  const level = atlas.levels.find((l) => l.id === id);
  if (!level) throw new Error(`unknown level ${id}`);
  return level;
}

/** The level an indicator opens at: the atlas default when the indicator has it, else its largest. */
export function defaultLevelOf(atlas: Atlas, indicator: Indicator): string {
  const wanted = atlas.config.defaultLevel;
  if (wanted && indicator.levels.some((l) => l.level === wanted)) return wanted;
  return indicator.levels[0]!.level;
}

export function latestPeriod(indicator: Indicator, level: string): string {
  return indicator.levels.find((l) => l.level === level)!.periods.at(-1)!;
}
