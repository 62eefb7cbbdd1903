/**
 * Checks atlas.config.yaml `featured_overlays:` against the published indicators: both ids
 * exist, they differ, and they share a level (and the level and period named, if any).
 */
import type { AtlasConfig, Indicator, Level } from '../types.ts';
import type { Problem } from './atlas-error.ts';

export function checkFeaturedOverlays(config: AtlasConfig, indicators: readonly Indicator[], levels: readonly Level[]): Problem[] {
  const problems: Problem[] = [];
  const file = 'atlas.config.yaml';
  for (const overlay of config.featuredOverlays) {
    const at = { file, line: overlay.line };
    const [x, y] = [overlay.x, overlay.y].map((id) => indicators.find((i) => i.id === id));
    for (const [id, found] of [[overlay.x, x], [overlay.y, y]] as const) {
      if (!found) problems.push({ ...at, message: `featured overlay: there is no published indicator "${id}"`, fix: `Use the id of a public indicator: ${indicators.map((i) => i.id).sort().join(', ')}.` });
    }
    if (!x || !y) continue;
    if (x === y) {
      problems.push({ ...at, message: `featured overlay: x and y are both "${x.id}"`, fix: 'Name two different indicators.' });
      continue;
    }
    const levelsOf = (i: Indicator) => new Map(i.levels.map((l) => [l.level, l.periods]));
    const [xl, yl] = [levelsOf(x), levelsOf(y)];
    const shared = levels.filter((l) => xl.get(l.id)?.some((p) => yl.get(l.id)?.includes(p)));
    if (shared.length === 0) {
      problems.push({ ...at, message: `featured overlay: "${x.id}" and "${y.id}" share no level and period`, fix: 'Overlay indicators published for the same areas and period.' });
      continue;
    }
    if (overlay.level && !shared.some((l) => l.id === overlay.level)) {
      problems.push({ ...at, message: `featured overlay: "${x.id}" and "${y.id}" do not share the level "${overlay.level}"`, fix: `Use one of: ${shared.map((l) => l.id).join(', ')}, or leave \`level:\` out.` });
      continue;
    }
    if (overlay.period) {
      const atLevels = overlay.level ? shared.filter((l) => l.id === overlay.level) : shared;
      if (!atLevels.some((l) => xl.get(l.id)!.includes(overlay.period!) && yl.get(l.id)!.includes(overlay.period!))) {
        problems.push({ ...at, message: `featured overlay: "${x.id}" and "${y.id}" do not share the period "${overlay.period}"${overlay.level ? ` at level "${overlay.level}"` : ''}`, fix: 'Use a period both publish, or leave `period:` out (the latest shared period is used).' });
      }
    }
  }
  return problems;
}
