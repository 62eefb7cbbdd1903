/**
 * The geometry of a trend chart, computed with d3 scales and shapes at build time so the chart
 * is plain SVG in the HTML (no JavaScript needed). Periods are evenly spaced points; the y axis
 * is "nice" around every value and band limit shown. Lines and bands break where a period has
 * no value rather than bridging the gap, so a missing year is never drawn as if it were known.
 */
import { area, line, scaleLinear, scalePoint } from 'd3';
import { formatNumber } from './format-value.ts';
import type { TrendPoint, TrendView } from './trend-view.ts';

export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const TREND_BOX: ChartBox = { width: 640, height: 260, margin: { top: 22, right: 24, bottom: 36, left: 64 } };

export interface TrendChartGeometry {
  box: ChartBox;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** Path data ('' when there is nothing to draw). */
  line: string;
  band: string;
  referenceLine: string;
  markers: { x: number; y: number; period: string; display: string }[];
  referenceMarkers: { x: number; y: number; period: string; display: string }[];
}

export function trendChart(view: TrendView, box: ChartBox = TREND_BOX): TrendChartGeometry {
  const { margin } = box;
  const x = scalePoint<string>().domain(view.periods).range([margin.left, box.width - margin.right]).padding(0.5);
  const shown = [...view.main.points, ...(view.reference?.points ?? [])];
  const numbers = shown.flatMap((p) => [p.value, p.lower, p.upper]).filter((v): v is number => v !== null);
  const low = numbers.length > 0 ? Math.min(...numbers) : 0;
  const high = numbers.length > 0 ? Math.max(...numbers) : 1;
  // A flat series still gets a visible range around its value.
  const pad = high > low ? (high - low) * 0.1 : Math.max(Math.abs(high) * 0.1, 1);
  // Never below zero for data that cannot be: a negative axis would suggest impossible values.
  const y = scaleLinear()
    .domain([low >= 0 ? Math.max(0, low - pad) : low - pad, high + pad])
    .nice(5)
    .range([box.height - margin.bottom, margin.top]);
  const decimals = tickDecimals(y.ticks(5));
  const xOf = (p: TrendPoint) => x(p.period)!;
  const linePath = line<TrendPoint>()
    .defined((p) => p.value !== null)
    .x(xOf)
    .y((p) => y(p.value!));
  const bandPath = area<TrendPoint>()
    .defined((p) => p.lower !== null && p.upper !== null)
    .x(xOf)
    .y0((p) => y(p.lower!))
    .y1((p) => y(p.upper!));
  const markersOf = (points: TrendPoint[]) =>
    points.filter((p) => p.value !== null).map((p) => ({ x: round(xOf(p)), y: round(y(p.value!)), period: p.period, display: p.display }));
  return {
    box,
    xTicks: view.periods.map((period) => ({ x: round(x(period)!), label: period })),
    yTicks: y.ticks(5).map((t) => ({ y: round(y(t)), label: formatNumber(t, decimals) })),
    line: tidy(linePath(view.main.points)),
    band: view.main.band ? tidy(bandPath(view.main.points)) : '',
    referenceLine: view.reference ? tidy(linePath(view.reference.points)) : '',
    markers: markersOf(view.main.points),
    referenceMarkers: view.reference ? markersOf(view.reference.points) : [],
  };
}

/** Enough decimals to tell the ticks apart, no more. */
function tickDecimals(ticks: number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  return step >= 1 || step === 0 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Shorter, byte-stable path data: coordinates to two decimals. */
function tidy(path: string | null): string {
  return (path ?? '').replace(/-?\d+\.\d+/g, (n) => String(round(Number(n))));
}
