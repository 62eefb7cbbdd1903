/**
 * The "Choose any two" form on /overlays/: once two indicators are picked, only the levels they
 * share and the periods they share at the chosen level are offered, and the form says when a
 * pair cannot be overlaid. Opened from an overlay's "Choose another pair" link, it starts from
 * that pair (?x=&y=).
 */
import type { OverlayCatalogue } from '../lib/overlay-catalogue.ts';

export function enhanceOverlayChooser(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-overlay-chooser]');
  const data = doc.getElementById('overlay-catalogue');
  if (!form || !data) return;
  const catalogue = JSON.parse(data.textContent!) as OverlayCatalogue;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const [x, y, level, period] = ['x', 'y', 'level', 'period'].map(select) as [HTMLSelectElement, HTMLSelectElement, HTMLSelectElement, HTMLSelectElement];
  const status = form.querySelector<HTMLElement>('[data-chooser-status]')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  const query = new URLSearchParams(window.location.search);
  for (const [box, name] of [[x, 'x'], [y, 'y']] as const) {
    const wanted = query.get(name);
    if (wanted && [...box.options].some((o) => o.value === wanted)) box.value = wanted;
  }

  function refresh() {
    const xi = catalogue.indicators.find((i) => i.id === x.value);
    const yi = catalogue.indicators.find((i) => i.id === y.value);
    if (!xi || !yi) return;
    const shared = catalogue.levels.map((l) => ({ level: l, periods: (xi.levels[l.id] ?? []).filter((p) => (yi.levels[l.id] ?? []).includes(p)) })).filter((s) => s.periods.length > 0);
    const problem = xi.id === yi.id ? 'Choose two different indicators.' : shared.length === 0 ? `${xi.title} and ${yi.title} are not published for the same areas and period.` : '';
    status.textContent = problem;
    submit.disabled = problem !== '';
    if (problem) return;
    const keepLevel = level.value;
    level.replaceChildren(...shared.map((s) => new Option(s.level.plural, s.level.id)));
    level.value = shared.some((s) => s.level.id === keepLevel) ? keepLevel : (shared.find((s) => s.level.id === catalogue.defaultLevel) ?? shared[0]!).level.id;
    const periods = shared.find((s) => s.level.id === level.value)!.periods;
    const keepPeriod = period.value;
    period.replaceChildren(...periods.map((p) => new Option(p, p)));
    period.value = periods.includes(keepPeriod) ? keepPeriod : periods.at(-1)!;
  }
  for (const box of [x, y, level]) box.addEventListener('change', refresh);
  refresh();
}
