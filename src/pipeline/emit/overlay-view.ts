/**
 * Everything an overlay of two indicators shows for one level and period: each area's pair of
 * values and bivariate class (tertiles of each indicator among the areas with both values), the
 * correlation over those areas, the sentence that states it, the legend's nine cells and the
 * values the bivariate map paints.
 *
 * It takes plain lookups rather than the Atlas so that the browser can build the same view for
 * any pair from the per-indicator values files (see src/pages/overlays/view.astro): the build
 * and the browser cannot disagree about a class or a coefficient.
 */
import type { Status } from '../types.ts';
import { bivariateClass, type BivariateClass } from '../classify/bivariate-class.ts';
import { BIVARIATE_COLOURS } from '../classify/bivariate-palette.ts';
import { classOf, type Classification } from '../classify/breaks.ts';
import { NO_VALUE_COLOUR, SUPPRESSED_COLOUR } from '../classify/palettes.ts';
import { tertiles } from '../classify/tertiles.ts';
import { STATUS_LABELS } from '../normalise/status-labels.ts';
import { correlation, type Correlation } from '../stats/correlation.ts';
import { associationSentence } from './association-sentence.ts';
import { formatValue, type ValueFormat } from './format-value.ts';
import type { MapValues } from './map-values.ts';

/** What an overlay needs to know about each indicator (serialisable, for the browser too). */
export interface OverlayIndicator extends ValueFormat {
  id: string;
  title: string;
  polarity: 'higher-is-better' | 'higher-is-worse' | 'neither';
}

export interface OverlayCell {
  value: number | null;
  status: Status;
  display: string;
}

export interface OverlayInput {
  x: OverlayIndicator;
  y: OverlayIndicator;
  level: { id: string; name: string; plural: string };
  period: string;
  /** Every area of the level, sorted by code. */
  areas: readonly { code: string; name: string }[];
  xValues: ReadonlyMap<string, OverlayCell>;
  yValues: ReadonlyMap<string, OverlayCell>;
}

export interface OverlayRow {
  code: string;
  name: string;
  x: OverlayCell;
  y: OverlayCell;
  /** Null unless both values exist. */
  cls: BivariateClass | null;
  /** `value` when both exist; else suppressed if either is, else the first missing status. */
  status: Status;
}

export interface Third {
  /** "A", "B", "C" for X; "1", "2", "3" for Y. */
  label: string;
  range: string;
}

export interface LegendCell {
  cls: BivariateClass;
  colour: string;
  count: number;
}

export interface OverlayView extends Omit<OverlayInput, 'xValues' | 'yValues'> {
  rows: OverlayRow[];
  xTertiles: Classification | null;
  yTertiles: Classification | null;
  xThirds: Third[];
  yThirds: Third[];
  correlation: Correlation;
  sentence: string;
  /** Nine cells, index 3 * y + x. */
  cells: LegendCell[];
  /** Areas without a class, by status, for the legend. */
  withoutClass: { status: Status; label: string; count: number }[];
  mapValues: MapValues;
}

export function overlayView(input: OverlayInput): OverlayView {
  const noData: OverlayCell = { value: null, status: 'no-data', display: STATUS_LABELS['no-data'] };
  const paired = input.areas.map((area) => ({ area, x: input.xValues.get(area.code) ?? noData, y: input.yValues.get(area.code) ?? noData }));
  const both = paired.filter((p) => p.x.value !== null && p.y.value !== null);
  const xs = both.map((p) => p.x.value!);
  const ys = both.map((p) => p.y.value!);
  const xTertiles = tertiles(xs);
  const yTertiles = tertiles(ys);

  const rows: OverlayRow[] = paired.map(({ area, x, y }) => {
    const hasBoth = x.value !== null && y.value !== null;
    const cls = hasBoth ? bivariateClass(classOf(x.value!, xTertiles!.thresholds), classOf(y.value!, yTertiles!.thresholds)) : null;
    const status: Status = hasBoth ? 'value' : x.status === 'suppressed' || y.status === 'suppressed' ? 'suppressed' : x.value === null ? x.status : y.status;
    return { code: area.code, name: area.name, x, y, cls, status: status === 'value' && !hasBoth ? 'not-available' : status };
  });

  const cells = BIVARIATE_COLOURS.map((colour, index) => {
    const cls = bivariateClass(index % 3, Math.floor(index / 3));
    return { cls, colour, count: rows.filter((r) => r.cls?.index === index).length };
  });
  const byStatus = new Map<Status, number>();
  for (const row of rows) if (!row.cls) byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
  const withoutClass = [...byStatus].sort(([a], [b]) => (a < b ? -1 : 1)).map(([status, count]) => ({ status, label: STATUS_LABELS[status], count }));

  const correlationResult = correlation(xs, ys);
  const areas: MapValues['areas'] = {};
  for (const row of rows) {
    const pair = `${input.x.title}: ${row.x.display}; ${input.y.title}: ${row.y.display}`;
    areas[row.code] = [row.cls?.index ?? null, row.status, row.cls ? `Class ${row.cls.code}. ${pair}` : pair, null];
  }
  const { xValues: _x, yValues: _y, ...rest } = input;
  return {
    ...rest,
    rows,
    xTertiles,
    yTertiles,
    xThirds: thirds(xTertiles, input.x, ['A', 'B', 'C']),
    yThirds: thirds(yTertiles, input.y, ['1', '2', '3']),
    correlation: correlationResult,
    sentence: associationSentence({ xTitle: input.x.title, yTitle: input.y.title, levelPlural: input.level.plural, period: input.period, correlation: correlationResult }),
    cells,
    withoutClass,
    mapValues: { colours: [...BIVARIATE_COLOURS], noValueColour: NO_VALUE_COLOUR, suppressedColour: SUPPRESSED_COLOUR, areas },
  };
}

/** The value range of each third, for the legend's axes: "under 45.2%", "45.2% to under 60.1%", ... */
function thirds(classification: Classification | null, format: ValueFormat, labels: [string, string, string]): Third[] {
  const t = classification?.thresholds ?? [];
  const f = (v: number) => formatValue(v, format);
  const ranges = [
    t.length === 0 ? (classification ? 'all values' : 'no values') : `under ${f(t[0]!)}`,
    t.length === 0 ? 'none' : t.length === 1 ? `${f(t[0]!)} or more` : `${f(t[0]!)} to under ${f(t[1]!)}`,
    t.length < 2 ? 'none' : `${f(t[1]!)} or more`,
  ];
  return labels.map((label, i) => ({ label, range: ranges[i]! }));
}
