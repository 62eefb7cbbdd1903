/**
 * The map's period slider (components/PeriodSlider.astro): fetches the chosen period's values
 * file (the same /indicators/<id>/<level>/<period>.json the map first drew from, cached), repaints
 * the map's areas from it and writes `?period=` to the URL; opening such a URL moves the slider
 * and repaints at once. The slider's value text is the period, so screen readers say "2022".
 */
import type { MapValues } from '../pipeline/emit/map-values.ts';
import { whenMapDrawn, type DrawnMap } from './map-events.ts';
import { readUrlState, updateUrlState } from './url-state.ts';

interface PeriodConfig {
  period: string;
  values: string;
  page: string;
}

export function enhancePeriodSliders(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-period-slider-for]')) {
    const container = document.getElementById(box.dataset.periodSliderFor!);
    if (!container || box.dataset.enhanced) continue;
    box.dataset.enhanced = 'true';
    whenMapDrawn(container, (entry) => setUp(box, entry));
  }
}

function setUp(box: HTMLElement, entry: DrawnMap): void {
  const input = box.querySelector<HTMLInputElement>('input[type=range]')!;
  const output = box.querySelector('output');
  const note = box.querySelector<HTMLElement>('[data-period-note]');
  const periods = JSON.parse(box.dataset.periods!) as PeriodConfig[];
  const pagePeriod = box.dataset.pagePeriod!;
  const cache = new Map<string, Promise<MapValues>>();
  const baseLabel = entry.container.getAttribute('aria-label') ?? '';
  cache.set(pagePeriod, Promise.resolve(entry.values));
  let request = 0;

  const load = (p: PeriodConfig) => {
    if (!cache.has(p.period)) {
      cache.set(
        p.period,
        fetch(p.values).then((r) => {
          if (!r.ok) throw new Error(`${p.values}: ${r.status}`);
          return r.json() as Promise<MapValues>;
        }),
      );
    }
    return cache.get(p.period)!;
  };

  async function show(index: number) {
    const chosen = periods[index];
    if (!chosen) return;
    const mine = ++request;
    input.value = String(index);
    input.setAttribute('aria-valuetext', chosen.period);
    if (output) output.textContent = chosen.period;
    entry.container.dataset.mapPeriod = chosen.period;
    try {
      const values = await load(chosen);
      if (mine !== request) return; // a later move won
      const { applyMapValues } = await import('./apply-map-values.ts');
      await applyMapValues(entry, values);
    } catch (error) {
      if (note) note.textContent = `The map for ${chosen.period} could not be loaded.`;
      console.warn('statlas: period slider', error);
      return;
    }
    entry.container.setAttribute('aria-label', baseLabel.split(pagePeriod).join(chosen.period));
    updateUrlState({ period: chosen.period === pagePeriod ? null : chosen.period });
    if (note) {
      note.textContent = '';
      if (chosen.period !== pagePeriod) {
        note.append(`The map shows ${chosen.period}; the summary, legend counts and table on this page are for ${pagePeriod}. `);
        const link = document.createElement('a');
        link.href = chosen.page;
        link.textContent = `See ${chosen.period} in full`;
        note.append(link, '.');
      }
    }
  }

  input.addEventListener('input', () => void show(Number(input.value)));
  box.hidden = false;
  const wanted = readUrlState('period');
  const start = periods.findIndex((p) => p.period === wanted);
  if (start >= 0 && periods[start]!.period !== pagePeriod) void show(start);
}
