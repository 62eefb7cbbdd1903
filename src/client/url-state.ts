/**
 * The parts of a view that are not in the path live in the query string, so a shared URL
 * reopens the same view: `area` (the selected area's code) and `period` (the map's period
 * slider). Query rather than hash, because in-page links (the skip link) replace the hash.
 * Updates use history.replaceState: moving a slider or picking an area does not add history.
 */
export function readUrlState(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

export function updateUrlState(changes: Record<string, string | null>): void {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === '') url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  if (url.href !== window.location.href) history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}
