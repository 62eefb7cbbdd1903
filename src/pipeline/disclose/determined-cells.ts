/**
 * Which unknown cells a set of tables pins down exactly, by any combination of sums and
 * differences. Each table is an equation over its unknown cells (parent +1, children -1; the
 * published cells are constants and do not matter here): a cell is pinned down exactly when the
 * unit vector of its column lies in the span of the equations, that is when the reduced row
 * echelon form has a row with that single column. Sparse Gauss-Jordan elimination, fine for the
 * few thousand equations with unknowns an atlas has.
 */

/** @param equations each maps an unknown cell's code to its coefficient in one table. */
export function determinedCells(equations: readonly ReadonlyMap<string, number>[]): Set<string> {
  const EPS = 1e-9;
  const pivots = new Map<string, Map<string, number>>();
  for (const equation of equations) {
    const row = new Map(equation);
    // Reduce by the rows so far; they are in reduced form, so one pass clears every pivot column.
    for (const column of [...row.keys()]) {
      const pivot = pivots.get(column);
      const factor = row.get(column);
      if (!pivot || factor === undefined) continue;
      for (const [c, v] of pivot) {
        const next = (row.get(c) ?? 0) - factor * v;
        if (Math.abs(next) < EPS) row.delete(c);
        else row.set(c, next);
      }
    }
    if (row.size === 0) continue;
    const column = [...row.keys()].sort()[0]!;
    const scale = row.get(column)!;
    for (const [c, v] of row) row.set(c, v / scale);
    // Keep the form reduced: clear the new pivot column from the earlier rows.
    for (const other of pivots.values()) {
      const factor = other.get(column);
      if (factor === undefined) continue;
      for (const [c, v] of row) {
        const next = (other.get(c) ?? 0) - factor * v;
        if (Math.abs(next) < EPS) other.delete(c);
        else other.set(c, next);
      }
    }
    pivots.set(column, row);
  }
  const determined = new Set<string>();
  for (const [column, row] of pivots) if (row.size === 1) determined.add(column);
  return determined;
}
