/**
 * Turns the column headers of `table[data-sortable]` into buttons that sort the rows, announcing
 * the order with aria-sort. Cells with `data-sort` sort numerically; cells whose data-sort is
 * empty (no value) always sort last, so suppressed areas never masquerade as the lowest.
 */
export function enhanceSortableTables(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, column) => {
      if (th.querySelector('button')) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.append(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach((other) => other.setAttribute('aria-sort', 'none'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        sortRows(table, column, ascending);
      });
    });
  }
}

function sortRows(table: HTMLTableElement, column: number, ascending: boolean): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  const key = (row: HTMLTableRowElement) => {
    const cell = row.cells[column];
    const sort = cell?.dataset.sort;
    if (sort === undefined) return { empty: false, number: NaN, text: cell?.textContent?.trim() ?? '' };
    return { empty: sort === '', number: Number(sort), text: '' };
  };
  rows.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x.empty !== y.empty) return x.empty ? 1 : -1;
    const order = Number.isNaN(x.number) ? x.text.localeCompare(y.text, 'en-GB', { numeric: true }) : x.number - y.number;
    return ascending ? order : -order;
  });
  body.append(...rows);
}
