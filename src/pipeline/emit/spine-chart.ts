/**
 * The geometry of one bar of a Fingertips spine chart, as positions from 0 (left) to 1 (right):
 *
 *    worst ─────────────[▓▓▓▓▓▓▓│▓▓▓▓]──────── best      range of the level's areas (light bar)
 *                        25th   │   75th percentile       (dark band)
 *                            benchmark, always centred     (line at 0.5)
 *                                 ● this area
 *
 * The benchmark sits in the middle and the axis extends equally either side, as far as the area
 * furthest from it, so the other end of the bar may stop short (the scaling of fingertipscharts'
 * `spine_rescaler`). Left is worst and right best; when polarity is neither, left is lowest.
 * Percentiles are R's default (type 7), as there, via d3's `quantileSorted`.
 */
import { quantileSorted } from 'd3';
import type { Polarity } from '../types.ts';

export interface SpineInput {
  /** The level's published values, ascending. */
  sortedValues: number[];
  /** The benchmark at the centre (or, when there is none, the level's median). */
  centre: number;
  value: number | null;
  parent?: number | null | undefined;
  polarity: Polarity;
}

export interface SpineGeometry {
  /** The light bar: from the left end of the range to the right end. */
  rangeFrom: number;
  rangeTo: number;
  /** The dark band: 25th to 75th percentile, whichever side each falls. */
  bandFrom: number;
  bandTo: number;
  centre: 0.5;
  value: number | null;
  parent: number | null;
  /** The raw values behind the positions, for labels and tables. */
  min: number;
  q25: number;
  q75: number;
  max: number;
  leftLabel: string;
  rightLabel: string;
}

export function spineGeometry(input: SpineInput): SpineGeometry | null {
  const values = input.sortedValues;
  if (values.length === 0) return null;
  const min = values[0]!;
  const max = values.at(-1)!;
  const q25 = quantileSorted(values, 0.25)!;
  const q75 = quantileSorted(values, 0.75)!;
  const half = Math.max(input.centre - min, max - input.centre, 0);
  const reversed = input.polarity === 'higher-is-worse';
  const position = (v: number): number => {
    if (half === 0) return 0.5;
    const p = (v - (input.centre - half)) / (2 * half);
    return Math.min(1, Math.max(0, reversed ? 1 - p : p));
  };
  const ends = [position(min), position(max)].sort((a, b) => a - b);
  const band = [position(q25), position(q75)].sort((a, b) => a - b);
  const neither = input.polarity === 'neither';
  return {
    rangeFrom: ends[0]!,
    rangeTo: ends[1]!,
    bandFrom: band[0]!,
    bandTo: band[1]!,
    centre: 0.5,
    value: input.value === null ? null : position(input.value),
    parent: input.parent === null || input.parent === undefined ? null : position(input.parent),
    min,
    q25,
    q75,
    max,
    leftLabel: neither ? 'Lowest' : 'Worst',
    rightLabel: neither ? 'Highest' : 'Best',
  };
}
