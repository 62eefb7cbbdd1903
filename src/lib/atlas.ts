/**
 * The Astro side's single entry to the pipeline: runs it once per build and shares the result
 * between every page and endpoint. The content root is ATLAS_ROOT or the working directory.
 */
import { resolve } from 'node:path';
import { runPipeline } from '../pipeline/index.ts';
import type { Atlas, Indicator, Level } from '../pipeline/types.ts';

let cached: Atlas | undefined;

export function getAtlas(): Atlas {
  cached ??= runPipeline(resolve(process.env.ATLAS_ROOT || process.cwd()));
  return cached;
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
