/**
 * Attaches building blocks to the levels that levels.yaml builds from them (`custom:` and
 * `best_fit:`), after every level's areas are read, so that the blocks level may be listed
 * anywhere. A custom level's areas come from its TopoJSON (dissolved from the blocks by
 * `npm run geography`), which must agree with its list of blocks.
 */
import { join } from 'node:path';
import type { YamlSource } from '../read/read-yaml.ts';
import { readCsvFile } from '../read/read-csv-file.ts';
import type { Level } from '../types.ts';
import type { ProblemList } from '../validate/atlas-error.ts';
import type { LevelDefinition } from '../validate/config-schemas.ts';
import { bestFitMembers, customMembers } from './building-block-members.ts';

export function addBuildingBlocks(root: string, definitions: readonly LevelDefinition[], levels: Level[], problems: ProblemList, source: YamlSource): void {
  const file = source.file;
  definitions.forEach((definition, index) => {
    const spec = definition.custom ?? definition.best_fit;
    const level = levels.find((l) => l.id === definition.id);
    if (!spec || !level) return;
    const key = definition.custom ? 'custom' : 'best_fit';
    const line = source.lineOf(['levels', index, key, 'building_blocks']);
    const blocks = levels.find((l) => l.id === spec.building_blocks);
    if (!blocks || blocks === level) {
      problems.add({ file, line, message: `level "${level.id}" is built from "${spec.building_blocks}", which is not another level`, fix: `Use one of: ${levels.filter((l) => l !== level).map((l) => l.id).join(', ')}.` });
      return;
    }
    if (definition.custom && levels[0] === level) {
      problems.add({ file, line: source.lineOf(['levels', index]), message: `the custom level "${level.id}" is listed first`, fix: 'List custom levels after the official ones: the first level must cover the whole atlas (its total is the benchmark).' });
      return;
    }
    const membershipFile = definition.custom ? definition.custom.file : definition.best_fit!.lookup;
    const relative = join('geography', membershipFile).split('\\').join('/');
    const { table, problems: readProblems } = readCsvFile(join(root, relative), relative);
    if (!table) {
      const generated = definition.custom ? ' (the list of building blocks is yours to write)' : definition.best_fit!.generate ? ': run `npm run geography` to build it' : '';
      readProblems.forEach((p) => problems.add(p.line === undefined ? { file, line: source.lineOf(['levels', index, key]), message: `${relative}: ${p.message}`, fix: `Check \`${definition.custom ? 'file' : 'lookup'}:\`${generated}.` } : p));
      return;
    }
    readProblems.forEach((p) => problems.add(p));
    const blockLevel = { id: blocks.id, codes: new Set(blocks.areas.map((a) => a.code)) };
    const read = definition.custom
      ? customMembers(table, { code: definition.custom.code_column, name: definition.custom.name_column, block: definition.custom.block_column }, blockLevel)
      : bestFitMembers(table, { code: definition.best_fit!.code_column, block: definition.best_fit!.block_column }, { id: level.id, codes: new Set(level.areas.map((a) => a.code)) }, blockLevel);
    read.problems.forEach((p) => problems.add(p));
    if (definition.custom) {
      const topology = join('geography', definition.topology);
      const listed = Object.keys(read.members);
      const drawn = new Set(level.areas.map((a) => a.code));
      const stale = [...listed.filter((code) => !drawn.has(code)), ...level.areas.map((a) => a.code).filter((code) => !(code in read.members))];
      if (stale.length > 0 && read.problems.length === 0) {
        problems.add({ file: topology, message: `the custom areas drawn here differ from ${relative} (first: ${stale[0]})`, fix: 'Run `npm run geography` to dissolve the building blocks again.' });
      }
    }
    level.buildingBlocks = { kind: definition.custom ? 'custom' : 'best-fit', level: blocks.id, file: membershipFile, members: read.members };
  });
}
