/**
 * Reads which building blocks make up each area of a custom or best-fit level, from its
 * membership table, checking every code against the levels it names.
 *
 *   custom   (code, name, building_block): one row per block; a block belongs to at most one
 *            custom area; blocks in no custom area are simply not covered
 *   best fit (building_block, code): one row per block; rows for blocks outside the atlas are
 *            ignored (an ONS lookup covers the country), but every block of the atlas must have
 *            an area, or the areas' figures would silently leave it out
 */
import type { CsvTable } from '../read/read-csv-table.ts';
import type { Problem } from '../validate/atlas-error.ts';

export interface Members {
  /** Area code -> block codes, both sorted. */
  members: Record<string, string[]>;
  /** Custom areas only: area code -> name, as the file gives it. */
  names: Map<string, string>;
  problems: Problem[];
}

interface Columns {
  code: string;
  block: string;
  name?: string | undefined;
}

function columnIndices(table: CsvTable, columns: Columns, problems: Problem[]): Record<keyof Columns, number> | null {
  const indices = { code: table.header.indexOf(columns.code), block: table.header.indexOf(columns.block), name: columns.name === undefined ? -1 : table.header.indexOf(columns.name) };
  const missing = [columns.code, columns.block, columns.name].filter((name, i) => name !== undefined && [indices.code, indices.block, indices.name][i]! < 0);
  if (missing.length === 0) return indices;
  problems.push({ file: table.file, line: table.headerLine, message: `the file has no column ${missing.map((m) => `"${m}"`).join(' or ')}`, fix: `Its columns are ${table.header.join(', ')}; name them in geography/levels.yaml (code_column, name_column, block_column).` });
  return null;
}

function sorted(groups: Map<string, string[]>): Record<string, string[]> {
  return Object.fromEntries([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, blocks]) => [code, blocks.sort()]));
}

/** Custom areas: each row names a custom area (code, name) and one of its building blocks. */
export function customMembers(table: CsvTable, columns: Required<Columns>, blockLevel: { id: string; codes: ReadonlySet<string> }): Members {
  const problems: Problem[] = [];
  const names = new Map<string, string>();
  const indices = columnIndices(table, columns, problems);
  if (!indices) return { members: {}, names, problems };
  const groups = new Map<string, string[]>();
  const blockLine = new Map<string, number>();
  for (const row of table.rows) {
    const code = (row.cells[indices.code] ?? '').trim();
    const name = (row.cells[indices.name] ?? '').trim();
    const block = (row.cells[indices.block] ?? '').trim();
    if (code === '' || block === '') {
      problems.push({ file: table.file, line: row.line, message: `the row has no ${code === '' ? `custom area code ("${columns.code}")` : `building block ("${columns.block}")`}`, fix: 'Every row names one custom area and one building block.' });
      continue;
    }
    if (!blockLevel.codes.has(block)) {
      problems.push({ file: table.file, line: row.line, message: `"${block}" is not a ${blockLevel.id} code`, fix: `Building blocks must be areas of the level "${blockLevel.id}" (building_blocks: in geography/levels.yaml).` });
      continue;
    }
    const earlier = blockLine.get(block);
    if (earlier !== undefined) {
      problems.push({ file: table.file, line: row.line, message: `${block} is already in a custom area on line ${earlier}`, fix: 'A building block belongs to one custom area at most, so that no figure is counted twice.' });
      continue;
    }
    blockLine.set(block, row.line);
    const knownName = names.get(code);
    if (knownName !== undefined && name !== '' && knownName !== name) {
      problems.push({ file: table.file, line: row.line, message: `custom area ${code} is named "${knownName}" above but "${name}" here`, fix: 'Write the same name on every row of a custom area.' });
    }
    if (knownName === undefined || knownName === '') names.set(code, name);
    groups.set(code, [...(groups.get(code) ?? []), block]);
  }
  return { members: sorted(groups), names, problems };
}

/** A best-fit lookup: each row puts one block in one area of the level. */
export function bestFitMembers(table: CsvTable, columns: Omit<Columns, 'name'>, level: { id: string; codes: ReadonlySet<string> }, blockLevel: { id: string; codes: ReadonlySet<string> }): Members {
  const problems: Problem[] = [];
  const names = new Map<string, string>();
  const indices = columnIndices(table, columns, problems);
  if (!indices) return { members: {}, names, problems };
  const groups = new Map<string, string[]>();
  const areaOf = new Map<string, { code: string; line: number }>();
  for (const row of table.rows) {
    const block = (row.cells[indices.block] ?? '').trim();
    const code = (row.cells[indices.code] ?? '').trim();
    if (!blockLevel.codes.has(block)) continue;
    if (!level.codes.has(code)) {
      problems.push({ file: table.file, line: row.line, message: `${block} is put in "${code}", which is not a ${level.id} code`, fix: `Check the lookup against the level "${level.id}"; if it was generated, run \`npm run geography\` again.` });
      continue;
    }
    const earlier = areaOf.get(block);
    if (earlier && earlier.code !== code) {
      problems.push({ file: table.file, line: row.line, message: `${block} is put in ${code} here but in ${earlier.code} on line ${earlier.line}`, fix: 'A best-fit lookup puts each block in one area.' });
      continue;
    }
    if (earlier) continue;
    areaOf.set(block, { code, line: row.line });
    groups.set(code, [...(groups.get(code) ?? []), block]);
  }
  const missing = [...blockLevel.codes].filter((block) => !areaOf.has(block)).sort();
  if (missing.length > 0) {
    problems.push({
      file: table.file,
      message: `${missing.length} ${blockLevel.id} area${missing.length === 1 ? ' is' : 's are'} in no ${level.id} area (first: ${missing[0]})`,
      fix: `Every ${blockLevel.id} area needs a ${level.id}, or ${level.id} figures would leave it out: check that the two levels cover the same ground, or supply the lookup yourself (generate: false).`,
    });
  }
  return { members: sorted(groups), names, problems };
}
