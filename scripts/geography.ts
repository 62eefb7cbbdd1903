/**
 * `npm run geography`: runs every committed mapshaper recipe in geography/recipes/ (in file-name
 * order) to turn boundary sources into simplified, quantised TopoJSON, then stamps each output
 * with the recipe that made it. Content root: ATLAS_ROOT, or the repository.
 */
import { atlasRoot } from './atlas-root.ts';
import { runRecipes } from '../src/geography-build/run-recipes.ts';

const root = atlasRoot();
try {
  const outputs = await runRecipes(root, (message) => console.log(message));
  console.log(`geography: ${outputs.length} file${outputs.length === 1 ? '' : 's'} written`);
} catch (error) {
  console.error(`geography: ${(error as Error).message}`);
  process.exit(1);
}
