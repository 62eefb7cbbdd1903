/**
 * `npm run new-dataset -- <id>`: scaffolds datasets/<id>/ with a commented metadata.yaml, ready
 * for the publisher's file. Refuses ids that are not slugs and folders that already exist.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { atlasRoot } from './atlas-root.ts';
import { datasetScaffold } from '../src/pipeline/emit/dataset-scaffold.ts';
import { isSlug, suggestSlug } from '../src/pipeline/validate/slug.ts';

const id = process.argv[2];
if (!id) {
  console.error('usage: npm run new-dataset -- <id>   (e.g. npm run new-dataset -- school-absence)');
  process.exit(2);
}
if (!isSlug(id)) {
  console.error(`new-dataset: "${id}" is not a valid id: use lower-case letters, digits and single hyphens, starting with a letter, e.g. "${suggestSlug(id)}".`);
  process.exit(2);
}
const folder = join(atlasRoot(), 'datasets', id);
if (existsSync(folder)) {
  console.error(`new-dataset: datasets/${id} already exists; choose another id or edit that dataset.`);
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'metadata.yaml'), datasetScaffold(id, new Date().toISOString().slice(0, 10)));
console.log(`new-dataset: created datasets/${id}/metadata.yaml
Next:
  1. Copy the publisher's CSV into datasets/${id}/ unchanged, and set \`file:\` to its name.
  2. Fill in metadata.yaml (see CONTRIBUTING.md).
  3. Run \`npm run validate\` and fix what it reports, then \`npm run build\` and look at the pages.`);
