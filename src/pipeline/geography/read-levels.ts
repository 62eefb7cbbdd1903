/**
 * Reads geography/levels.yaml and each level's TopoJSON properties into areas with codes, names
 * and parents. Geometry is not kept here: pages fetch the TopoJSON itself (geometry and values
 * travel separately).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Area, Level } from '../types.ts';
import { ProblemList } from '../validate/atlas-error.ts';
import { levelsFileSchema, type LevelDefinition } from '../validate/config-schemas.ts';
import { zodProblems } from '../validate/zod-problems.ts';
import { readYaml } from '../read/read-yaml.ts';
import { readCsvTable } from '../read/read-csv-table.ts';
import { decodeText } from '../read/decode-text.ts';
import { addBuildingBlocks } from './read-building-blocks.ts';

interface TopologyLike {
  type?: string;
  objects?: Record<string, { geometries?: { properties?: Record<string, unknown> }[] }>;
}

export function readLevels(root: string): Level[] {
  const file = 'geography/levels.yaml';
  const problems = new ProblemList();
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.add({ file, message: 'the atlas has no geography/levels.yaml', fix: 'Create it (see docs/formats.md) and run `npm run geography`.' });
    problems.throwIfAny();
  }
  const { source, problems: yamlProblems } = readYaml(readFileSync(path, 'utf8'), file);
  yamlProblems.forEach((p) => problems.add(p));
  problems.throwIfAny();
  const parsed = levelsFileSchema.safeParse(source!.data, { reportInput: true });
  if (!parsed.success) {
    zodProblems(parsed.error, source!).forEach((p) => problems.add(p));
    problems.throwIfAny();
  }
  const definitions = parsed.data!.levels;
  const levels: Level[] = [];
  const codeOwner = new Map<string, string>();
  definitions.forEach((definition, index) => {
    const line = source!.lineOf(['levels', index]);
    if (levels.some((l) => l.id === definition.id)) {
      problems.add({ file, line, message: `level "${definition.id}" is defined twice`, fix: 'Give each level a distinct id.' });
      return;
    }
    if (definition.parent && !levels.some((l) => l.id === definition.parent!.level)) {
      problems.add({
        file,
        line,
        message: `level "${definition.id}" names parent "${definition.parent.level}", which is not defined above it`,
        fix: 'List levels from the largest areas to the smallest, each parent before its children.',
      });
      return;
    }
    const areas = readAreas(root, definition, problems, file, line);
    for (const area of areas) {
      const owner = codeOwner.get(area.code);
      if (owner !== undefined) {
        problems.add({ file, line, message: `area code ${area.code} is in both level "${owner}" and level "${definition.id}"`, fix: 'Codes must be unique across levels; different vintages must use their own codes.' });
      }
      codeOwner.set(area.code, definition.id);
    }
    levels.push({
      id: definition.id,
      name: definition.name,
      plural: definition.plural,
      topologyPath: join(root, 'geography', definition.topology),
      object: definition.object,
      codeProperty: definition.code_property,
      nameProperty: definition.name_property,
      parentLevel: definition.parent?.level ?? null,
      areas,
    });
  });
  problems.throwIfAny();
  checkParents(levels, problems, file);
  problems.throwIfAny();
  addBuildingBlocks(root, definitions, levels, problems, source!);
  problems.throwIfAny();
  return levels;
}

function readAreas(root: string, definition: LevelDefinition, problems: ProblemList, file: string, line: number): Area[] {
  const topologyFile = join('geography', definition.topology);
  const path = join(root, topologyFile);
  if (!existsSync(path)) {
    problems.add({ file, line, message: `the TopoJSON for level "${definition.id}" (${topologyFile}) does not exist`, fix: 'Run `npm run geography` to build it from the recipes.' });
    return [];
  }
  let topology: TopologyLike;
  try {
    topology = JSON.parse(readFileSync(path, 'utf8')) as TopologyLike;
  } catch {
    problems.add({ file: topologyFile, message: 'the TopoJSON is not valid JSON', fix: 'Run `npm run geography` again.' });
    return [];
  }
  const geometries = topology.objects?.[definition.object]?.geometries;
  if (topology.type !== 'Topology' || !geometries) {
    problems.add({ file: topologyFile, message: `the file is not a TopoJSON topology with an object "${definition.object}"`, fix: 'Check `object:` in geography/levels.yaml against the recipe output name.' });
    return [];
  }
  const parentOf = definition.parent && 'lookup' in definition.parent ? readLookup(root, definition.parent, problems) : null;
  const areas: Area[] = [];
  const seen = new Set<string>();
  geometries.forEach((geometry, index) => {
    const props = geometry.properties ?? {};
    const code = String(props[definition.code_property] ?? '').trim();
    const name = String(props[definition.name_property] ?? '').trim();
    if (code === '') {
      problems.add({ file: topologyFile, message: `feature ${index + 1} of "${definition.object}" has no "${definition.code_property}"`, fix: 'Fix `code_property:` in geography/levels.yaml or the recipe.' });
      return;
    }
    if (seen.has(code)) {
      problems.add({ file: topologyFile, message: `area code ${code} appears twice in level "${definition.id}"`, fix: 'Dissolve the source by code in the recipe (`-dissolve code copy-fields=name`).' });
      return;
    }
    seen.add(code);
    let parentCode: string | null = null;
    if (definition.parent && 'property' in definition.parent) parentCode = String(props[definition.parent.property] ?? '').trim() || null;
    if (parentOf) parentCode = parentOf.get(code) ?? null;
    areas.push({ code, name: name || code, level: definition.id, parentCode });
  });
  return areas.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function readLookup(root: string, parent: { lookup: string; child_column: string; parent_column: string }, problems: ProblemList): Map<string, string> {
  const file = join('geography', parent.lookup);
  const lookup = new Map<string, string>();
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.add({ file, message: 'the lookup file does not exist', fix: 'Check `lookup:` in geography/levels.yaml.' });
    return lookup;
  }
  const { text, problem } = decodeText(readFileSync(path), file);
  if (problem) {
    problems.add(problem);
    return lookup;
  }
  const { table, problems: csvProblems } = readCsvTable(text!, file, { skipLines: 0, footerLines: 0 });
  csvProblems.forEach((p) => problems.add(p));
  if (!table) return lookup;
  const childIndex = table.header.indexOf(parent.child_column);
  const parentIndex = table.header.indexOf(parent.parent_column);
  if (childIndex < 0 || parentIndex < 0) {
    problems.add({ file, line: table.headerLine, message: `the lookup has no column "${childIndex < 0 ? parent.child_column : parent.parent_column}"`, fix: 'Check `child_column:` and `parent_column:` in geography/levels.yaml.' });
    return lookup;
  }
  for (const row of table.rows) lookup.set(row.cells[childIndex]!.trim(), row.cells[parentIndex]!.trim());
  return lookup;
}

function checkParents(levels: Level[], problems: ProblemList, file: string): void {
  for (const level of levels) {
    if (!level.parentLevel) continue;
    const parentCodes = new Set(levels.find((l) => l.id === level.parentLevel)!.areas.map((a) => a.code));
    const orphans = level.areas.filter((a) => a.parentCode === null || !parentCodes.has(a.parentCode));
    if (orphans.length > 0) {
      problems.add({
        file,
        message: `${orphans.length} area${orphans.length > 1 ? 's' : ''} of level "${level.id}" have no parent in "${level.parentLevel}" (first: ${orphans[0]!.code})`,
        fix: 'Every area needs a parent code that exists in the parent level; check the lookup or the parent property.',
      });
    }
  }
}
