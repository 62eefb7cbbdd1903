/**
 * Says how figures at a level were made when a reader needs to know: custom areas are made of
 * whole building blocks, and a best-fit lookup (blocks that do not nest, each counted whole in
 * the area holding its centre) makes figures approximate. Pages, CSVs and the map's values file
 * all carry the same sentences.
 */
import type { Indicator, Level } from '../types.ts';
import { inSentence } from './in-sentence.ts';

/** A sentence about a level itself (custom or best-fit), whatever indicator is shown. */
export function levelDescription(levels: readonly Level[], level: Level): string | undefined {
  const blocks = level.buildingBlocks;
  const from = blocks && levels.find((l) => l.id === blocks.level);
  if (!blocks || !from) return undefined;
  if (blocks.kind === 'custom') return `${level.plural} are custom areas, each made of whole ${inSentence(from.plural)}.`;
  return `${from.plural} do not nest in ${inSentence(level.plural)}: figures built from ${inSentence(from.plural)} count each one whole in the ${inSentence(level.name)} that holds its centre (a best-fit lookup), so they are approximate.`;
}

/**
 * Why an indicator's figures at a level are approximate, or undefined when they are not: follows
 * the levels it was computed from down to the best-fit step.
 */
export function approximateNote(levels: readonly Level[], indicator: Pick<Indicator, 'levels'>, levelId: string): string | undefined {
  const seen = new Set<string>();
  for (let id: string | undefined = levelId; id !== undefined && !seen.has(id); ) {
    seen.add(id);
    const data = indicator.levels.find((d) => d.level === id);
    if (!data?.approximate || !data.aggregatedFrom) return undefined;
    const level = levels.find((l) => l.id === id);
    const blocks = level?.buildingBlocks;
    const from = levels.find((l) => l.id === data.aggregatedFrom);
    if (level && from && blocks?.kind === 'best-fit' && blocks.level === from.id) {
      const shown = levels.find((l) => l.id === levelId)!;
      const via = shown === level ? '' : ` (${inSentence(shown.plural)} are built from those ${inSentence(level.plural)})`;
      return `Approximate: ${inSentence(from.plural)} do not nest in ${inSentence(level.plural)}, so each ${inSentence(from.name)} is counted whole in the ${inSentence(level.name)} that holds its centre (a best-fit lookup)${via}.`;
    }
    id = data.aggregatedFrom;
  }
  return undefined;
}
