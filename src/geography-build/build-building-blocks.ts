/**
 * The geography that levels.yaml builds from building blocks, run by `npm run geography` after
 * the recipes (whose TopoJSON it reads):
 *
 *   best_fit: a lookup by point in polygon: an inner point of each block (mapshaper
 *             `-points inner`, always inside it, unlike a centroid) joined onto the level's
 *             areas (`-join`), written as CSV (building_block, code), sorted
 *   custom:   the blocks' boundaries joined to the list of custom areas and dissolved by custom
 *             area (`-join`, `-dissolve`): the blocks' own simplified edges, so custom and block
 *             boundaries line up exactly on the map
 *
 * Each output is stamped with the command that made it (CSV cannot carry a stamp; its header
 * row is fixed instead). Inputs go to mapshaper as text, never as parsed objects, because
 * applyCommands edits objects it is given.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import mapshaper from 'mapshaper';
import { customMembers } from '../pipeline/geography/building-block-members.ts';
import { readCsvFile } from '../pipeline/read/read-csv-file.ts';
import { readYaml } from '../pipeline/read/read-yaml.ts';
import { formatProblem, type Problem } from '../pipeline/validate/atlas-error.ts';
import { levelsFileSchema, type LevelDefinition } from '../pipeline/validate/config-schemas.ts';
import { zodProblems } from '../pipeline/validate/zod-problems.ts';
import { csvCell } from '../pipeline/emit/csv.ts';

interface TopologyJson {
  type: string;
  arcs: unknown[];
  transform?: unknown;
  objects: Record<string, { geometries?: { properties?: Record<string, unknown> }[] }>;
}

/** Builds every best-fit lookup, then every custom level; returns the files written (relative to the atlas root). */
export async function buildBuildingBlocks(root: string, log: (message: string) => void): Promise<string[]> {
  const definitions = readDefinitions(root);
  const geography = join(root, 'geography');
  const written: string[] = [];
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const blocksOf = (definition: LevelDefinition, id: string): LevelDefinition => {
    const blocks = byId.get(id);
    if (!blocks || blocks === definition) throw new Error(`geography/levels.yaml: level "${definition.id}" is built from "${id}", which is not another level`);
    return blocks;
  };
  // Best-fit lookups first: a custom level may be made of a best-fit level's areas.
  for (const definition of definitions) {
    if (!definition.best_fit?.generate) continue;
    const started = Date.now();
    const result = await buildBestFitLookup(geography, definition, blocksOf(definition, definition.best_fit.building_blocks));
    written.push(result.file);
    log(`geography: ${result.summary}`);
    log(`geography:   wrote ${result.file} (${Date.now() - started} ms)`);
  }
  for (const definition of definitions) {
    if (!definition.custom) continue;
    const started = Date.now();
    const result = await buildCustomLevel(geography, definition, blocksOf(definition, definition.custom.building_blocks));
    written.push(result.file);
    log(`geography: ${result.summary}`);
    log(`geography:   wrote ${result.file} (${Date.now() - started} ms)`);
  }
  return written;
}

export interface Built {
  /** The file written, relative to the atlas root. */
  file: string;
  summary: string;
}

/** A best-fit lookup: each block's inner point located in the level's areas (mapshaper -points inner, -join). */
export async function buildBestFitLookup(geography: string, definition: LevelDefinition, blocks: LevelDefinition): Promise<Built> {
  const bestFit = definition.best_fit!;
  const commands = [
    '-i blocks.json name=blocks',
    '-i areas.json name=areas',
    '-points target=blocks inner + name=points',
    `-join target=points source=areas fields=${definition.code_property} prefix=statlas_`,
    `-filter-fields target=points ${blocks.code_property},statlas_${definition.code_property}`,
    '-o points.csv target=points',
  ].join(' ');
  const output = await run(commands, { 'blocks.json': topologyText(geography, blocks), 'areas.json': topologyText(geography, definition) }, definition);
  const rows = parse(String(output['points.csv'] ?? ''), { relax_column_count: true }) as string[][];
  const pairs = rows.slice(1).map(([block, area]) => [block ?? '', area ?? ''] as const);
  const placed = pairs.filter(([block, area]) => block !== '' && area !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lookup = join(geography, bestFit.lookup);
  mkdirSync(dirname(lookup), { recursive: true });
  writeFileSync(lookup, [[bestFit.block_column, bestFit.code_column], ...placed].map((row) => row.map(csvCell).join(',')).join('\n') + '\n');
  const unplaced = pairs.length - placed.length;
  return {
    file: `geography/${bestFit.lookup}`,
    summary: `best-fit lookup ${blocks.id} -> ${definition.id}: ${placed.length} of ${pairs.length} blocks placed by their inner point${unplaced > 0 ? ` (${unplaced} in no ${definition.id} area)` : ''}`,
  };
}

/** A custom level's TopoJSON: its blocks' boundaries dissolved by custom area (mapshaper -join, -dissolve). */
export async function buildCustomLevel(geography: string, definition: LevelDefinition, blocks: LevelDefinition): Promise<Built> {
  const custom = definition.custom!;
  const blocksTopology = topologyText(geography, blocks);
  const blockCodes = new Set(
    ((JSON.parse(blocksTopology) as TopologyJson).objects[blocks.object]?.geometries ?? []).map((g) => String(g.properties?.[blocks.code_property] ?? '').trim()),
  );
  const listFile = `geography/${custom.file}`;
  const { table, problems: readProblems } = readCsvFile(join(geography, custom.file), listFile);
  const read = table ? customMembers(table, { code: custom.code_column, name: custom.name_column, block: custom.block_column }, { id: blocks.id, codes: blockCodes }) : null;
  const problems: Problem[] = [...readProblems, ...(read?.problems ?? [])];
  if (!read || problems.length > 0) throw new Error(`level "${definition.id}": the list of custom areas has problems:\n${problems.map(formatProblem).join('\n')}`);
  const members = [['statlas_block', 'statlas_code', 'statlas_name'], ...Object.entries(read.members).flatMap(([code, list]) => list.map((block) => [block, code, read.names.get(code) || code]))];
  const commands = [
    '-i blocks.json name=blocks',
    '-i members.csv string-fields=statlas_block,statlas_code,statlas_name',
    `-join target=blocks source=members keys=${blocks.code_property},statlas_block fields=statlas_code,statlas_name`,
    "-filter target=blocks 'statlas_code != null'",
    '-dissolve statlas_code copy-fields=statlas_name',
    `-rename-fields ${definition.code_property}=statlas_code,${definition.name_property}=statlas_name`,
    `-filter-fields ${definition.code_property},${definition.name_property}`,
    `-sort ${definition.code_property}`,
    `-rename-layers ${definition.object}`,
    '-o custom.json format=topojson quantization=100000',
  ].join(' ');
  const output = await run(commands, { 'blocks.json': blocksTopology, 'members.csv': members.map((row) => row.map(csvCell).join(',')).join('\n') + '\n' }, definition);
  const topology = JSON.parse(String(output['custom.json'])) as Record<string, unknown>;
  const target = join(geography, definition.topology);
  mkdirSync(dirname(target), { recursive: true });
  const stamp = { generated_by: `npm run geography (geography/levels.yaml: level "${definition.id}", custom areas from ${listFile} dissolved from level "${blocks.id}")`, do_not_edit: true };
  writeFileSync(target, JSON.stringify({ ...topology, statlas: stamp }));
  return {
    file: `geography/${definition.topology}`,
    summary: `custom level ${definition.id}: ${Object.keys(read.members).length} areas dissolved from ${Object.values(read.members).flat().length} ${blocks.id} areas`,
  };
}

/** The level definitions of an atlas (geography/levels.yaml), or an error naming every problem. */
export function readDefinitions(root: string): LevelDefinition[] {
  const file = 'geography/levels.yaml';
  const path = join(root, file);
  if (!existsSync(path)) return [];
  const { source, problems } = readYaml(readFileSync(path, 'utf8'), file);
  if (!source) throw new Error(problems.map(formatProblem).join('\n'));
  const parsed = levelsFileSchema.safeParse(source.data, { reportInput: true });
  if (!parsed.success) throw new Error(zodProblems(parsed.error, source).map(formatProblem).join('\n'));
  return parsed.data.levels;
}

/** One level's TopoJSON as text, with only its own object (so mapshaper names the layer as asked). */
function topologyText(geography: string, definition: LevelDefinition): string {
  const path = join(geography, definition.topology);
  if (!existsSync(path)) throw new Error(`geography/${definition.topology} (level "${definition.id}") does not exist: a recipe must write it before levels are built from it`);
  const topology = JSON.parse(readFileSync(path, 'utf8')) as TopologyJson;
  const object = topology.objects[definition.object];
  if (!object) throw new Error(`geography/${definition.topology} has no object "${definition.object}" (level "${definition.id}")`);
  return JSON.stringify({ type: topology.type, ...(topology.transform ? { transform: topology.transform } : {}), arcs: topology.arcs, objects: { [definition.object]: object } });
}

async function run(commands: string, inputs: Record<string, string>, definition: LevelDefinition): Promise<Record<string, string | Uint8Array>> {
  try {
    return await mapshaper.applyCommands(`${commands} -quiet`, inputs);
  } catch (error) {
    throw new Error(`geography/levels.yaml: building level "${definition.id}" failed in mapshaper (${commands}): ${(error as Error).message}`);
  }
}
