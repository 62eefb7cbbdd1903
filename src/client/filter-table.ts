/** Hides table rows that do not contain every typed word, and says how many remain. */
export function filterTableRows(input: HTMLInputElement, table: HTMLTableElement, status: HTMLElement, noun: string): void {
  const rows = [...table.tBodies[0]!.rows];
  input.addEventListener('input', () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const text = row.textContent!.toLowerCase();
      const match = words.every((w) => text.includes(w));
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = `${shown} of ${rows.length} ${noun} shown.`;
  });
}
