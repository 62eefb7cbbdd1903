/**
 * The tables hidden in a hierarchy of areas. For additive figures every parent equals the sum of
 * its children, so each parent with its children is a small table with a total: if all but one
 * of its cells are published, the last one can be worked out. This lists those tables for the
 * levels an indicator is published at; when a level in between is not published (small areas
 * shown to partners only), a district's children are its wards' published descendants. One more
 * parent is added: the whole atlas over each top level, because a whole-atlas total may be
 * published (benchmarks, area profiles) and so must be assumed known. Levels made of building
 * blocks (custom localities, best-fit levels) add a table per area: the area and its blocks (or
 * the blocks' published descendants). Those tables overlap the hierarchy's, so together they are
 * no longer a tree: secondary-suppression.ts audits them with linear algebra as well.
 */
import type { Level } from '../types.ts';

/** Not an area code (codes are trimmed and have no brackets), so it never meets a real area. */
export const WHOLE_ATLAS = '(whole atlas)';

export interface AreaGroup {
  /** The parent's area code, or WHOLE_ATLAS. */
  parent: string;
  /** The parent's children at the next published level down, sorted by code. */
  children: string[];
}

/**
 * @param levels every level, largest first (as levels.yaml lists them)
 * @param published ids of the levels this indicator is published at
 */
export function areaGroups(levels: Level[], published: readonly string[]): AreaGroup[] {
  const byId = new Map(levels.map((level) => [level.id, level]));
  const parentOf = new Map<string, string | null>();
  for (const level of levels) for (const area of level.areas) parentOf.set(area.code, area.parentCode);
  const isPublished = new Set(published);
  const groups: AreaGroup[] = [];
  for (const level of levels) {
    if (!isPublished.has(level.id)) continue;
    // The nearest published level above this one, if any.
    let ancestorLevel = level.parentLevel;
    let steps = 1;
    while (ancestorLevel && !isPublished.has(ancestorLevel)) {
      ancestorLevel = byId.get(ancestorLevel)?.parentLevel ?? null;
      steps++;
    }
    const children = new Map<string, string[]>();
    for (const area of level.areas) {
      let parent: string | null = WHOLE_ATLAS;
      if (ancestorLevel) {
        parent = area.code;
        for (let i = 0; i < steps && parent !== null; i++) parent = parentOf.get(parent) ?? null;
      }
      // An area whose chain of parents breaks belongs to no table with a total.
      if (parent === null) continue;
      const list = children.get(parent) ?? [];
      list.push(area.code);
      children.set(parent, list);
    }
    for (const [parent, codes] of [...children].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      groups.push({ parent, children: codes.sort() });
    }
  }
  for (const level of levels) {
    const blocks = level.buildingBlocks;
    if (!blocks || !isPublished.has(level.id)) continue;
    // The blocks themselves when published, else their descendants at the nearest published level.
    const blockLevel = isPublished.has(blocks.level) ? byId.get(blocks.level) : levels.find((l) => isPublished.has(l.id) && descendsFrom(l, blocks.level, byId));
    if (!blockLevel) continue;
    const blockCodes = new Set(byId.get(blocks.level)?.areas.map((a) => a.code) ?? []);
    const blockOf = (code: string): string | null => {
      for (let at: string | null = code; at !== null; at = parentOf.get(at) ?? null) if (blockCodes.has(at)) return at;
      return null;
    };
    // Block code -> the published areas that make it up (itself, when the block level is published).
    const underBlock = new Map<string, string[]>();
    for (const area of blockLevel.areas) {
      const block = blockOf(area.code);
      if (block) underBlock.set(block, [...(underBlock.get(block) ?? []), area.code]);
    }
    for (const [parent, members] of Object.entries(blocks.members).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const children = members.flatMap((m) => underBlock.get(m) ?? []).sort();
      if (children.length > 0) groups.push({ parent, children });
    }
  }
  return groups;
}

/** Whether `level` lies below the level `ancestor` in the hierarchy. */
function descendsFrom(level: Level, ancestor: string, byId: Map<string, Level>): boolean {
  for (let at = level.parentLevel; at; at = byId.get(at)?.parentLevel ?? null) if (at === ancestor) return true;
  return false;
}
