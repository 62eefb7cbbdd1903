/**
 * What someone with the published figures can work out by subtraction. Each table is a parent and
 * its children (parent = sum of children). First the plain attack: a table with exactly one
 * unknown cell gives it away, and what it gives away can open another table, so it repeats until
 * nothing new comes out. Then the complete one: a cell is pinned down by some combination of
 * tables exactly when adding its unit vector to the tables' equations does not raise their rank
 * (dense Gaussian elimination; written independently of src/pipeline/disclose/determined-cells.ts
 * so that the test does not grade the code with itself). When areas nest, the tables form a tree
 * and the two agree; custom areas made of building blocks overlap the hierarchy, and there only
 * the second finds everything.
 *
 * Also reports the smallest total of hidden children that subtraction reveals in a table whose
 * parent is known, the quantity rule 2 of the suppression keeps at or above the threshold.
 */
export interface Table {
  parent: string;
  children: string[];
}

/** `known` maps a code to its published number, or null when it is hidden. Returns recovered codes with their values. */
export function differencingAttack(tables: Table[], known: ReadonlyMap<string, number | null>): { recovered: Map<string, number>; pinned: Set<string>; smallestHiddenTotal: number } {
  const values = new Map(known);
  const recovered = new Map<string, number>();
  let smallestHiddenTotal = Infinity;
  for (const table of tables) {
    const parent = values.get(table.parent);
    const hidden = table.children.filter((c) => values.get(c) === null);
    if (parent === null || parent === undefined || hidden.length === 0 || table.children.some((c) => !values.has(c))) continue;
    const visible = table.children.filter((c) => values.get(c) !== null).reduce((s, c) => s + values.get(c)!, 0);
    smallestHiddenTotal = Math.min(smallestHiddenTotal, parent - visible);
  }
  for (let progress = true; progress; ) {
    progress = false;
    for (const table of tables) {
      if (table.children.some((c) => !values.has(c)) || !values.has(table.parent)) continue;
      const cells = [table.parent, ...table.children];
      const unknown = cells.filter((c) => values.get(c) === null);
      if (unknown.length !== 1) continue;
      const target = unknown[0]!;
      const sumChildren = table.children.filter((c) => c !== target).reduce((s, c) => s + values.get(c)!, 0);
      const value = target === table.parent ? sumChildren : values.get(table.parent)! - sumChildren;
      values.set(target, value);
      recovered.set(target, value);
      progress = true;
    }
  }
  return { recovered, pinned: pinnedByAnyCombination(tables, values), smallestHiddenTotal };
}

/** Unknown cells that some linear combination of the tables determines. */
function pinnedByAnyCombination(tables: Table[], values: ReadonlyMap<string, number | null>): Set<string> {
  const rows = tables
    .filter((t) => values.has(t.parent) && t.children.every((c) => values.has(c)))
    .map((t) => {
      const row = new Map<string, number>();
      if (values.get(t.parent) === null) row.set(t.parent, 1);
      for (const c of t.children) if (values.get(c) === null) row.set(c, (row.get(c) ?? 0) - 1);
      return row;
    })
    .filter((r) => r.size > 0);
  const unknowns = [...new Set(rows.flatMap((r) => [...r.keys()]))].sort();
  const index = new Map(unknowns.map((u, i) => [u, i]));
  const matrix = rows.map((r) => {
    const dense = new Array<number>(unknowns.length).fill(0);
    for (const [c, v] of r) dense[index.get(c)!] = v;
    return dense;
  });
  const base = rank(matrix);
  const pinned = new Set<string>();
  unknowns.forEach((u, i) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[i] = 1;
    if (rank([...matrix, unit]) === base) pinned.add(u);
  });
  return pinned;
}

function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    let best = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[best]![c]!)) best = i;
    if (Math.abs(m[best]![c]!) < 1e-9) continue;
    [m[r], m[best]] = [m[best]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      const row = m[i]!;
      if (f !== 0) for (let j = c; j < width; j++) row[j] = row[j]! - f * m[r]![j]!;
    }
    r++;
  }
  return r;
}
