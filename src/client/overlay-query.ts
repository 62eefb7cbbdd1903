/**
 * /overlays/view/?x=&y=&level=&period=: checks the query against the catalogue embedded in the
 * page (both indicators exist, differ and share a level and period), sends a featured pair on to
 * its pre-rendered page, writes the level and period links, and says plainly when a pair cannot
 * be drawn. The level and period default as on featured pairs: the atlas default, the latest.
 */
import type { OverlayCatalogue } from '../lib/overlay-catalogue.ts';
import { urls } from '../lib/urls.ts';
import { periodKey } from '../pipeline/emit/period-key.ts';
import type { OverlayConfig } from './overlay-page.ts';

export function overlayMessage(doc: Document, text: string, links: { href: string; text: string }[] = []): void {
  const box = doc.querySelector<HTMLElement>('[data-overlay-message]');
  if (!box) return;
  box.textContent = text;
  for (const l of links) {
    const a = doc.createElement('a');
    a.href = l.href;
    a.textContent = l.text;
    box.append(' ', a);
  }
  box.hidden = false;
  doc.querySelector<HTMLElement>('[data-overlay]')!.hidden = true;
}

export /** Reads ?x=&y=&level=&period= against the catalogue; null after showing why it cannot be drawn (or redirecting). */
async function overlayFromQuery(doc: Document, root: HTMLElement): Promise<OverlayConfig | null> {
  const catalogue = JSON.parse(doc.getElementById('overlay-catalogue')!.textContent!) as OverlayCatalogue;
  const query = new URLSearchParams(window.location.search);
  const choose = { href: `${urls.overlays()}#choose`, text: 'Choose two indicators.' };
  const x = catalogue.indicators.find((i) => i.id === query.get('x'));
  const y = catalogue.indicators.find((i) => i.id === query.get('y'));
  if (!x || !y) {
    overlayMessage(doc, query.get('x') || query.get('y') ? 'This link names an indicator the atlas does not have.' : 'No indicators chosen yet.', [choose]);
    return null;
  }
  if (x.id === y.id) {
    overlayMessage(doc, `Both axes show ${x.title}: an overlay needs two different indicators.`, [choose]);
    return null;
  }
  const shared = catalogue.levels
    .map((l) => ({ level: l, periods: (x.levels[l.id] ?? []).filter((p) => (y.levels[l.id] ?? []).includes(p)) }))
    .filter((s) => s.periods.length > 0);
  if (shared.length === 0) {
    overlayMessage(doc, `${x.title} and ${y.title} are not published for the same areas and period, so they cannot be overlaid.`, [choose]);
    return null;
  }
  const wantedLevel = query.get('level');
  const here = shared.find((s) => s.level.id === wantedLevel) ?? shared.find((s) => s.level.id === catalogue.defaultLevel) ?? shared[0]!;
  const wantedPeriod = query.get('period');
  const period = here.periods.find((p) => p === wantedPeriod || periodKey(p) === wantedPeriod) ?? here.periods.at(-1)!;
  const featured = catalogue.featured[`${x.id}|${y.id}|${here.level.id}|${period}`];
  if (featured) {
    const area = query.get('area');
    window.location.replace(featured + (area ? `?${new URLSearchParams({ area })}` : ''));
    return null;
  }
  // Keep the URL canonical (the level and period actually shown), keeping any selected area.
  const canonical = new URL(window.location.href);
  canonical.search = new URLSearchParams({ x: x.id, y: y.id, level: here.level.id, period, ...(query.get('area') ? { area: query.get('area')! } : {}) }).toString();
  history.replaceState(history.state, '', canonical.pathname + canonical.search);

  renderSwitches(doc, root, x.id, y.id, shared.map((s) => ({ id: s.level.id, plural: s.level.plural, periods: s.periods })), here.level.id, period);
  const { id: _id, levels: _levels, ...xFormat } = x;
  const { id: _yid, levels: _ylevels, ...yFormat } = y;
  return {
    mode: 'client',
    x: { id: x.id, ...xFormat },
    y: { id: y.id, ...yFormat },
    level: { id: here.level.id, name: here.level.name, plural: here.level.plural },
    period,
    xValuesUrl: urls.indicatorValues(x.id, here.level.id, period),
    yValuesUrl: urls.indicatorValues(y.id, here.level.id, period),
    topologyUrl: here.level.topologyUrl,
    object: here.level.object,
    codeProperty: here.level.codeProperty,
    nameProperty: here.level.nameProperty,
  };
}

function renderSwitches(doc: Document, root: HTMLElement, x: string, y: string, shared: { id: string; plural: string; periods: string[] }[], level: string, period: string): void {
  const box = root.querySelector<HTMLElement>('[data-overlay-switches]')!;
  const nav = (label: string, items: { href: string; text: string; current: boolean }[]) => {
    const n = doc.createElement('nav');
    n.setAttribute('aria-label', label);
    const span = doc.createElement('span');
    span.className = 'switch-label';
    span.textContent = label === 'Geographic level' ? 'Level' : label;
    const ul = doc.createElement('ul');
    for (const item of items) {
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.href = item.href;
      a.textContent = item.text;
      if (item.current) a.setAttribute('aria-current', 'page');
      li.append(a);
      ul.append(li);
    }
    n.append(span, ul);
    return n;
  };
  const here = shared.find((s) => s.id === level)!;
  box.replaceChildren(
    nav('Geographic level', shared.map((s) => ({ href: urls.overlayAny(x, y, s.id, s.periods.includes(period) ? period : s.periods.at(-1)!), text: s.plural, current: s.id === level }))),
    nav('Period', here.periods.map((p) => ({ href: urls.overlayAny(x, y, level, p), text: p, current: p === period }))),
  );
  const links = root.querySelector<HTMLElement>('[data-overlay-links]')!;
  const swap = doc.createElement('a');
  swap.href = urls.overlayAny(y, x, level, period);
  swap.textContent = 'Swap the axes';
  const other = doc.createElement('a');
  other.href = `${urls.overlays()}?${new URLSearchParams({ x, y })}#choose`;
  other.textContent = 'Choose another pair';
  links.replaceChildren(swap, ' · ', other);
}

