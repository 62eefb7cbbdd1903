/**
 * Classes for a change map: diverging around no change, orange for falls and purple for rises
 * (ColorBrewer PuOr, colour-blind safe; neither colour says good or bad, the legend does). When
 * significance can be assessed for every area, the middle class is "no significant change" and
 * only significant changes are coloured, split at the median size of those changes; otherwise
 * the classes are by size alone around exactly no change.
 *
 *   fell more than s | fell up to s | no (significant) change | rose up to s | rose more than s
 */

/** PuOr's ends and inner steps; the middle is a pale sand rather than PuOr's near-white, so
 *  unchanged areas stay visible on the map's pale background and apart from "no value" grey. */
export const CHANGE_COLOURS = { fallMore: '#e66101', fall: '#fdb863', none: '#efe3c8', rise: '#b2abd2', riseMore: '#5e3c99' };

export interface ChangeClassInput {
  difference: number;
  /** true / false when tested; null when it could not be. */
  significant: boolean | null;
}

export interface ChangeClasses {
  colours: string[];
  labels: string[];
  /** The size that splits "up to" from "more than"; 0 when there is no split. */
  step: number;
  classOf(row: ChangeClassInput): number;
}

/**
 * `decimals` rounds the split to what is published; `formatSize` writes a size of change with
 * its unit (e.g. "2.0 percentage points").
 */
export function changeClasses(rows: ChangeClassInput[], withSignificance: boolean, decimals: number, formatSize: (size: number) => string): ChangeClasses {
  const moving = rows.filter((r) => r.difference !== 0 && (!withSignificance || r.significant === true));
  const sizes = moving.map((r) => Math.abs(r.difference)).sort((a, b) => a - b);
  const factor = 10 ** decimals;
  const step = sizes.length > 0 ? Math.round(sizes[(sizes.length - 1) >> 1]! * factor) / factor : 0;
  const isMiddle = (r: ChangeClassInput) => r.difference === 0 || (withSignificance && r.significant !== true);
  const f = formatSize;
  const sig = withSignificance ? 'Significant ' : '';
  const none = withSignificance ? 'No significant change' : 'No change';
  const cap = (s: string) => s.replace(/^./, (c) => c.toUpperCase());
  const biggest = sizes.at(-1) ?? 0;
  if (step === 0 || step >= biggest) {
    return {
      colours: [CHANGE_COLOURS.fallMore, CHANGE_COLOURS.none, CHANGE_COLOURS.riseMore],
      labels: [cap(`${sig}fall`), none, cap(`${sig}rise`)],
      step: 0,
      classOf: (r) => (isMiddle(r) ? 1 : r.difference < 0 ? 0 : 2),
    };
  }
  return {
    colours: [CHANGE_COLOURS.fallMore, CHANGE_COLOURS.fall, CHANGE_COLOURS.none, CHANGE_COLOURS.rise, CHANGE_COLOURS.riseMore],
    labels: [cap(`${sig}fall of more than ${f(step)}`), cap(`${sig}fall of up to ${f(step)}`), none, cap(`${sig}rise of up to ${f(step)}`), cap(`${sig}rise of more than ${f(step)}`)],
    step,
    classOf: (r) => {
      if (isMiddle(r)) return 2;
      const size = Math.abs(r.difference);
      return r.difference < 0 ? (size > step ? 0 : 1) : size > step ? 4 : 3;
    },
  };
}
