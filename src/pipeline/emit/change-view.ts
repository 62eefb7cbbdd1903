/**
 * Change between two periods for every area of a level: both values, the difference, and whether
 * the change is statistically significant, with the classes a change map paints.
 *
 * Significance: a 95% confidence interval for the difference, built from each period's own
 * interval (stats/difference-interval.ts: Newcombe's hybrid score method for percentages, the
 * same construction on exact or Byar limits for rates and counts, or on supplied limits). A
 * change is significant when that interval excludes zero. The two periods are treated as
 * independent; when they overlap (pooled years) or share people, the test is conservative.
 *
 * Differences are taken between the published (rounded) values, so the table's arithmetic adds
 * up; the test uses the unrounded values and intervals.
 */
import type { Area, Atlas, Indicator, Level, Observation, Status } from '../types.ts';
import { changeClasses } from '../classify/change-classes.ts';
import { NO_VALUE_COLOUR, SUPPRESSED_COLOUR } from '../classify/palettes.ts';
import { STATUS_LABELS } from '../normalise/status-labels.ts';
import { differenceInterval } from '../stats/difference-interval.ts';
import type { Interval } from '../stats/interval.ts';
import { INTERVAL_METHOD_NAMES, observationInterval, type IntervalMethod } from '../stats/observation-interval.ts';
import { formatDifference } from './format-difference.ts';
import { formatObservation, roundTo } from './format-value.ts';
import { inSentence } from './in-sentence.ts';
import type { LegendEntry } from './indicator-view.ts';
import { periodIndex } from './observation-index.ts';

export type ChangeSignificance = 'increase' | 'decrease' | 'no-significant-change' | 'not-assessed';

export interface PeriodValue {
  value: number | null;
  status: Status;
  display: string;
}

export interface ChangeRow {
  code: string;
  name: string;
  from: PeriodValue;
  to: PeriodValue;
  difference: number | null;
  differenceDisplay: string;
  /** 95% confidence interval of the difference, rounded like the values. */
  interval: Interval | null;
  significance: ChangeSignificance;
  significanceText: string;
  /** `value` when there is a difference, else why not (suppressed wins over other statuses). */
  status: Status;
  classIndex: number | null;
  /** What the map's tooltip says. */
  display: string;
}

export interface ChangeView {
  indicator: Indicator;
  level: Level;
  from: string;
  to: string;
  rows: ChangeRow[];
  colours: string[];
  legend: LegendEntry[];
  /** True when every area with two values could be tested, so the map shows significance. */
  withSignificance: boolean;
  methods: IntervalMethod[];
  summary: string;
}

export function changeView(atlas: Atlas, indicator: Indicator, levelId: string, from: string, to: string): ChangeView {
  const level = atlas.levels.find((l) => l.id === levelId)!;
  const data = indicator.levels.find((l) => l.level === levelId)!;
  const before = periodIndex(data, from, indicator.decimals).byCode;
  const after = periodIndex(data, to, indicator.decimals).byCode;
  const methods = new Set<IntervalMethod>();
  const partial = level.areas.map((area) => changeRow(indicator, area, before.get(area.code), after.get(area.code), methods));
  const withDifference = partial.filter((r) => r.difference !== null);
  const withSignificance = withDifference.length > 0 && withDifference.every((r) => r.significance !== 'not-assessed');
  const classes = changeClasses(
    withDifference.map((r) => ({ difference: r.difference!, significant: significantOf(r.significance) })),
    withSignificance,
    indicator.decimals,
    (size) => formatDifference(size, indicator, { sign: false }),
  );
  const rows = partial.map((r): ChangeRow => {
    if (r.difference === null) return { ...r, classIndex: null, display: `${from}: ${r.from.display}; ${to}: ${r.to.display}` };
    return {
      ...r,
      classIndex: classes.classOf({ difference: r.difference, significant: significantOf(r.significance) }),
      display: `${from}: ${r.from.display}; ${to}: ${r.to.display}; change ${r.differenceDisplay}${r.significance === 'not-assessed' ? '' : ` (${r.significanceText.toLowerCase()})`}`,
    };
  });
  const legend: LegendEntry[] = classes.labels.map((label, i) => ({ label, colour: classes.colours[i]!, count: rows.filter((r) => r.classIndex === i).length }));
  const byStatus = new Map<Status, number>();
  for (const row of rows) if (row.difference === null) byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
  for (const [status, count] of [...byStatus].sort()) {
    legend.push(
      status === 'suppressed'
        ? { label: `${STATUS_LABELS.suppressed} in one or both periods (small numbers)`, colour: SUPPRESSED_COLOUR, pattern: 'hatch', count }
        : { label: `${STATUS_LABELS[status]} in one or both periods`, colour: NO_VALUE_COLOUR, count },
    );
  }
  return { indicator, level, from, to, rows, colours: classes.colours, legend, withSignificance, methods: [...methods].sort(), summary: changeSummary(indicator, level, from, to, rows, withSignificance) };
}

function significantOf(significance: ChangeSignificance): boolean | null {
  return significance === 'not-assessed' ? null : significance !== 'no-significant-change';
}

function periodValue(indicator: Indicator, o: Observation | undefined): PeriodValue {
  if (!o) return { value: null, status: 'no-data', display: STATUS_LABELS['no-data'] };
  const value = o.status === 'value' && o.value !== null ? roundTo(o.value, indicator.decimals) : null;
  return { value, status: value === null ? (o.status === 'value' ? 'not-available' : o.status) : 'value', display: formatObservation({ value, status: o.status }, indicator) };
}

function changeRow(indicator: Indicator, area: Area, a: Observation | undefined, b: Observation | undefined, methods: Set<IntervalMethod>): Omit<ChangeRow, 'classIndex' | 'display'> {
  const from = periodValue(indicator, a);
  const to = periodValue(indicator, b);
  const base = { code: area.code, name: area.name, from, to };
  if (from.value === null || to.value === null) {
    const status = from.status === 'suppressed' || to.status === 'suppressed' ? 'suppressed' : from.value === null ? from.status : to.status;
    return { ...base, difference: null, differenceDisplay: STATUS_LABELS[status], interval: null, significance: 'not-assessed', significanceText: '', status };
  }
  const difference = roundTo(to.value - from.value, indicator.decimals);
  const ia = observationInterval(indicator, a!, 0.95);
  const ib = observationInterval(indicator, b!, 0.95);
  let interval: Interval | null = null;
  let significance: ChangeSignificance = 'not-assessed';
  if (ia && ib) {
    methods.add(ia.method).add(ib.method);
    const d = differenceInterval({ ...ia, value: a!.value! }, { ...ib, value: b!.value! });
    interval = { lower: roundTo(d.lower, indicator.decimals), upper: roundTo(d.upper, indicator.decimals) };
    significance = d.lower > 0 ? 'increase' : d.upper < 0 ? 'decrease' : 'no-significant-change';
  }
  return {
    ...base,
    difference,
    differenceDisplay: formatDifference(difference, indicator),
    interval,
    significance,
    significanceText: significanceText(significance, indicator),
    status: 'value',
  };
}

/** "Significant increase (worse)", "No significant change", or '' when not tested. */
export function significanceText(significance: ChangeSignificance, indicator: Pick<Indicator, 'polarity'>): string {
  if (significance === 'not-assessed') return '';
  if (significance === 'no-significant-change') return 'No significant change';
  const up = significance === 'increase';
  const judgement = indicator.polarity === 'neither' ? '' : up === (indicator.polarity === 'higher-is-better') ? ' (better)' : ' (worse)';
  return `Significant ${up ? 'increase' : 'decrease'}${judgement}`;
}

function changeSummary(indicator: Indicator, level: Level, from: string, to: string, rows: ChangeRow[], withSignificance: boolean): string {
  const n = (count: number) => `${count} ${count === 1 ? inSentence(level.name) : inSentence(level.plural)}`;
  const compared = rows.filter((r) => r.difference !== null);
  const missing = rows.length - compared.length;
  const missingNote = missing > 0 ? ` ${n(missing)} ${missing === 1 ? 'has' : 'have'} no published value in one or both periods.` : '';
  if (compared.length === 0) return `${indicator.title} cannot be compared between ${from} and ${to}: no ${inSentence(level.name)} has a published value in both.${missingNote}`;
  const title = inSentence(indicator.title);
  if (withSignificance) {
    const up = compared.filter((r) => r.significance === 'increase').length;
    const down = compared.filter((r) => r.significance === 'decrease').length;
    return `Between ${from} and ${to}, ${title} rose significantly in ${n(up)}, fell significantly in ${n(down)} and showed no significant change in ${n(compared.length - up - down)}.${missingNote}`;
  }
  const up = compared.filter((r) => r.difference! > 0).length;
  const down = compared.filter((r) => r.difference! < 0).length;
  return `Between ${from} and ${to}, ${title} rose in ${n(up)}, fell in ${n(down)} and did not change in ${n(compared.length - up - down)}; significance cannot be assessed without confidence intervals.${missingNote}`;
}

/** A sentence naming how intervals were found, for the page's method note. */
export function methodsText(methods: IntervalMethod[]): string {
  return methods.map((m) => INTERVAL_METHOD_NAMES[m]).join(', ');
}
