/**
 * Runs mapshaper recipes. A recipe is a mapshaper command line written over several lines with
 * `#` comments; paths in it are relative to geography/. Outputs are stamped with a `statlas`
 * member naming the recipe (TopoJSON allows extra members), so every generated file says which
 * command made it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mapshaper from 'mapshaper';
import { buildBuildingBlocks } from './build-building-blocks.ts';

export function recipeCommands(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** The files a recipe writes: the target of each `-o`. */
export function recipeOutputs(commands: string): string[] {
  return [...commands.matchAll(/(?:^|\s)-o\s+(?!\S*=)(\S+)/g)].map((m) => m[1]!);
}

export async function runRecipes(root: string, log: (message: string) => void): Promise<string[]> {
  const geographyDir = resolve(root, 'geography');
  const recipeDir = join(geographyDir, 'recipes');
  if (!existsSync(recipeDir)) throw new Error(`${recipeDir} does not exist: add one mapshaper recipe per level (see docs/formats.md)`);
  const recipes = readdirSync(recipeDir).filter((name) => name.endsWith('.mapshaper')).sort();
  const written: string[] = [];
  const previousDir = process.cwd();
  process.chdir(geographyDir);
  try {
    for (const recipe of recipes) {
      const commands = recipeCommands(readFileSync(join(recipeDir, recipe), 'utf8'));
      const started = Date.now();
      log(`geography: running recipes/${recipe}`);
      try {
        await mapshaper.runCommands(`${commands} -quiet`);
      } catch (error) {
        throw new Error(`geography/recipes/${recipe}: mapshaper failed: ${(error as Error).message}`);
      }
      for (const output of recipeOutputs(commands)) {
        if (output.endsWith('.json')) stamp(join(geographyDir, output), `npm run geography (geography/recipes/${recipe})`);
        written.push(`geography/${output}`);
        log(`geography:   wrote geography/${output} (${Date.now() - started} ms)`);
      }
    }
  } finally {
    process.chdir(previousDir);
  }
  // Then the levels made of building blocks (custom areas, best-fit lookups), from the recipes' output.
  written.push(...(await buildBuildingBlocks(root, log)));
  return written;
}

function stamp(path: string, command: string): void {
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, JSON.stringify({ ...topology, statlas: { generated_by: command, do_not_edit: true } }));
}
