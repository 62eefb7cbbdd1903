/**
 * `protected_levels:` in a dataset's metadata must name levels of the atlas, and may not protect
 * every level of a public dataset (it would publish nothing: say `access: protected` instead).
 */
import type { DatasetSource } from '../read/read-dataset.ts';
import type { Level } from '../types.ts';
import type { Problem } from './atlas-error.ts';

export function checkProtectedLevels(source: Pick<DatasetSource, 'metadata' | 'metadataFile' | 'yaml'>, levels: Level[]): Problem[] {
  const problems: Problem[] = [];
  const known = levels.map((l) => l.id);
  source.metadata.protected_levels.forEach((id, i) => {
    if (!known.includes(id)) {
      problems.push({ file: source.metadataFile, line: source.yaml.lineOf(['protected_levels', i]), message: `protected level "${id}" is not defined`, fix: `Use one of: ${known.join(', ')}.` });
    }
  });
  if (problems.length === 0 && source.metadata.access === 'public' && known.every((id) => source.metadata.protected_levels.includes(id))) {
    problems.push({ file: source.metadataFile, line: source.yaml.lineOf(['protected_levels']), message: 'every level is protected, so the public pages would show nothing of this dataset', fix: 'Write `access: protected` for a dataset only registered partners may see, or leave a level out of `protected_levels`.' });
  }
  return problems;
}
