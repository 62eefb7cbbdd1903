/**
 * Links between areas that are not parent and child: a custom or best-fit area and the building
 * blocks it is made of, both ways, for area pages.
 */
import type { Area, Level } from '../types.ts';

export interface BlocksOfArea {
  level: Level;
  blocks: Area[];
  approximate: boolean;
}

export interface AreaContainingBlock {
  level: Level;
  area: Area;
  approximate: boolean;
}

/** The building blocks an area of a custom or best-fit level is made of; null for other levels. */
export function blocksOfArea(levels: readonly Level[], area: Area): BlocksOfArea | null {
  const blocks = levels.find((l) => l.id === area.level)?.buildingBlocks;
  const blockLevel = blocks && levels.find((l) => l.id === blocks.level);
  if (!blocks || !blockLevel) return null;
  const codes = new Set(blocks.members[area.code] ?? []);
  return { level: blockLevel, blocks: blockLevel.areas.filter((a) => codes.has(a.code)), approximate: blocks.kind === 'best-fit' };
}

/** The custom and best-fit areas this area is a building block of. */
export function areasContainingBlock(levels: readonly Level[], area: Area): AreaContainingBlock[] {
  const found: AreaContainingBlock[] = [];
  for (const level of levels) {
    const blocks = level.buildingBlocks;
    if (!blocks || blocks.level !== area.level) continue;
    const code = Object.keys(blocks.members).find((c) => blocks.members[c]!.includes(area.code));
    const container = code === undefined ? undefined : level.areas.find((a) => a.code === code);
    if (container) found.push({ level, area: container, approximate: blocks.kind === 'best-fit' });
  }
  return found;
}
