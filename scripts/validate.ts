/**
 * `npm run validate`: checks every dataset and the geography without building the site, prints
 * every problem as `file:line: message` followed by what to do, and exits non-zero if any.
 */
import { atlasRoot } from './atlas-root.ts';
import { inSentence } from '../src/pipeline/emit/in-sentence.ts';
import { runPipeline } from '../src/pipeline/index.ts';
import { AtlasInputError, formatProblem } from '../src/pipeline/validate/atlas-error.ts';

const root = atlasRoot();
const started = performance.now();
try {
  const atlas = runPipeline(root);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const outside = atlas.report.rowsWithoutArea.reduce((sum, r) => sum + r.count, 0);
  console.log(
    `validate: ${atlas.datasets.length} datasets and ${atlas.indicators.length} indicators are valid ` +
      `(${atlas.levels.map((l) => `${l.areas.length.toLocaleString('en-GB')} ${inSentence(l.plural)}`).join(', ')}) in ${seconds} s` +
      (outside > 0 ? `; ${outside} rows for areas outside the atlas were left out (see build-report.json)` : ''),
  );
  // Datasets converted from postcodes: what was not counted (the postcodes themselves: npm run postcodes -- --dataset <id>).
  for (const r of atlas.report.postcodes ?? []) {
    console.log(`validate: ${r.dataset}: ${r.matched.rows} of ${r.rows} postcode rows counted into ${r.level}; ${r.unmatched.rows} unmatched, ${r.invalid.rows} invalid, ${r.terminated.rows} terminated (npm run postcodes -- --dataset ${r.dataset} lists them)`);
  }
} catch (error) {
  if (!(error instanceof AtlasInputError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`validate: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} found in ${root}`);
  process.exit(1);
}
