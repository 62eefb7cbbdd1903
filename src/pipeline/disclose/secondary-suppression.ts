/**
 * Secondary suppression over the tables a hierarchy of areas makes (see README.md here for the
 * picture). Primary suppression hides small counts; this hides enough other cells that none of
 * the hidden ones can be worked out by subtraction:
 *
 *   1. A table (a parent and its children) never has exactly one hidden cell when that cell is
 *      suppressed: the parent minus the visible children would give it back.
 *   2. When the parent is visible, the hidden children together hold at least the threshold in
 *      every additive part (count or numerator, denominator): their total is known to anyone who
 *      subtracts, so it must not itself be a small number (two hidden zeros would both be known).
 *   3. No combination of tables pins a suppressed cell down (determined-cells.ts). When areas
 *      nest, the tables form a tree and rule 1 already ensures this (README.md gives the proof);
 *      custom areas made of building blocks overlap the hierarchy, and there it needs checking.
 *
 * A table that breaks a rule gets one more cell hidden: its smallest visible child (least
 * information lost), or, when every child is hidden, the parent. Hiding a parent puts a hidden
 * cell in the table above it, so the rules run again until nothing changes.
 *
 * Pure: works on one indicator and one period; the caller loops and keeps the set of hidden codes.
 */
import type { IndicatorMeta, Observation } from '../types.ts';
import { additiveParts } from './additive-parts.ts';
import { WHOLE_ATLAS, type AreaGroup } from './area-groups.ts';
import { determinedCells } from './determined-cells.ts';

/** An area's true (unsuppressed) observation in this period, if it has one. */
export type CellLookup = (code: string) => Observation | undefined;

interface Member {
  code: string;
  /** The unsuppressed additive parts, or null when the cell has no number (a publisher's status). */
  parts: number[] | null;
  visible: boolean;
  /** Hidden to protect it (ours or the publisher's suppression), as opposed to simply missing. */
  confidential: boolean;
}

/** A group whose parent = sum of children holds; `parent` null for the whole atlas (always known). */
interface Table {
  parent: Member | null;
  children: Member[];
}

/**
 * Adds to `hidden` (codes suppressed in this period, shared by linked indicators) until every
 * table satisfies the rules. Returns the codes it added, in order. `unresolved` counts tables it
 * could not fix (only possible when the whole atlas is a single area).
 */
export function secondarySuppression(
  meta: IndicatorMeta,
  groups: readonly AreaGroup[],
  cellOf: CellLookup,
  hidden: Set<string>,
  threshold: number,
): { added: string[]; unresolved: number } {
  const added: string[] = [];
  if (threshold <= 0) return { added, unresolved: 0 };
  const member = (code: string): Member | undefined => {
    const observation = cellOf(code);
    if (!observation) return undefined;
    const parts = additiveParts(meta, observation);
    const visible = observation.status === 'value' && !hidden.has(code);
    return { code, parts, visible, confidential: observation.status === 'suppressed' || (observation.status === 'value' && hidden.has(code)) };
  };
  const tableOf = (group: AreaGroup): Table | null => {
    const children = group.children.map(member);
    // Parent = sum of children only holds when every child has a cell.
    if (children.some((c) => c === undefined)) return null;
    const kids = children as Member[];
    if (group.parent === WHOLE_ATLAS) return kids.some((c) => c.parts === null) ? null : { parent: null, children: kids };
    const parent = member(group.parent);
    return parent && parent.parts !== null ? { parent, children: kids } : null;
  };
  const hide = (code: string) => {
    hidden.add(code);
    added.push(code);
  };

  let unresolved = 0;
  for (;;) {
    // Rules 1 and 2, table by table, until stable.
    for (let changed = true; changed; ) {
      changed = false;
      unresolved = 0;
      for (const group of groups) {
        const table = tableOf(group);
        if (!table || !needsAnother(table, threshold)) continue;
        const target = pickNext(table);
        if (target) {
          hide(target);
          changed = true;
        } else unresolved++;
      }
    }
    // Rule 3: no combination of tables pins a suppressed cell down.
    const tables = groups.map((g) => [g, tableOf(g)] as const).filter((t): t is readonly [AreaGroup, Table] => t[1] !== null);
    const equations = tables.map(([, t]) => {
      const row = new Map<string, number>();
      if (t.parent && !t.parent.visible) row.set(t.parent.code, 1);
      for (const c of t.children) if (!c.visible) row.set(c.code, (row.get(c.code) ?? 0) - 1);
      return row;
    });
    const pinned = [...determinedCells(equations.filter((r) => r.size > 0))].filter((code) => member(code)?.confidential).sort();
    if (pinned.length === 0) return { added, unresolved };
    const fix = nearestVisible(pinned[0]!, tables.map(([, t]) => t));
    if (!fix) return { added, unresolved: unresolved + pinned.length };
    hide(fix);
  }
}

/**
 * The cell to hide so that `code` is no longer pinned down: the smallest visible member of the
 * tables that hold it, or failing that of the tables those reach through hidden cells, and so on
 * outwards (a combination pinning `code` down is made of tables joined by hidden cells).
 */
function nearestVisible(code: string, tables: Table[]): string | null {
  const members = (t: Table) => [...(t.parent ? [t.parent] : []), ...t.children];
  const reached = new Set([code]);
  const used = new Set<Table>();
  for (;;) {
    const layer = tables.filter((t) => !used.has(t) && members(t).some((m) => !m.visible && reached.has(m.code)));
    if (layer.length === 0) return null;
    layer.forEach((t) => used.add(t));
    const candidates = layer.flatMap(members).filter((m) => m.visible && m.parts !== null);
    candidates.sort((a, b) => a.parts![0]! - b.parts![0]! || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    if (candidates[0]) return candidates[0].code;
    for (const t of layer) for (const m of members(t)) if (!m.visible) reached.add(m.code);
  }
}

function needsAnother(table: Table, threshold: number): boolean {
  const { parent, children } = table;
  const parentVisible = parent === null || parent.visible;
  const hiddenMembers = [...(parent && !parent.visible ? [parent] : []), ...children.filter((k) => !k.visible)];
  if (!hiddenMembers.some((m) => m.confidential)) return false;
  // Rule 1: a lone hidden cell is the parent minus the rest.
  if (hiddenMembers.length === 1) return true;
  // Rule 2: what subtraction reveals (the hidden children's total) must not be small.
  if (!parentVisible) return false;
  const hiddenKids = children.filter((k) => !k.visible);
  if (hiddenKids.length === 0 || hiddenKids.some((k) => k.parts === null)) return false; // includes a figure nobody knows
  const width = hiddenKids[0]!.parts!.length;
  for (let i = 0; i < width; i++) {
    if (hiddenKids.reduce((sum, k) => sum + k.parts![i]!, 0) < threshold) return true;
  }
  return false;
}

/** The smallest visible child (by its first additive part, then code), else the parent. */
function pickNext(table: Table): string | null {
  const candidates = table.children.filter((k) => k.visible && k.parts !== null);
  candidates.sort((a, b) => a.parts![0]! - b.parts![0]! || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  if (candidates[0]) return candidates[0].code;
  if (table.parent && table.parent.visible) return table.parent.code;
  return null;
}
