/**
 * Everything one indicator page shows for one level and period: rows for the table and CSV,
 * the classification (shared by every period at the level, so colours mean the same over time),
 * the legend and the summary sentence. The map's values file is cut from the same rows.
 */
import type { Area, Atlas, Indicator, Level, Status } from '../types.ts';
import { classify } from '../classify/classify.ts';
import { classOf, type Classification } from '../classify/breaks.ts';
import { NO_VALUE_COLOUR, SUPPRESSED_COLOUR, paletteFor } from '../classify/palettes.ts';
import { STATUS_LABELS } from '../normalise/status-labels.ts';
import { formatObservation, formatValue, roundTo } from './format-value.ts';
import { summarySentence } from './summary-sentence.ts';
import { approximateNote } from './level-note.ts';
import { periodIndex } from './observation-index.ts';

export interface ViewRow {
  code: string;
  name: string;
  value: number | null;
  status: Status;
  display: string;
  classIndex: number | null;
}

export interface LegendEntry {
  label: string;
  colour: string;
  /** `hatch` for suppressed areas, so they differ by pattern as well as colour. */
  pattern?: 'hatch';
  count: number;
}

export interface IndicatorView {
  indicator: Indicator;
  level: Level;
  period: string;
  rows: ViewRow[];
  classification: Classification | null;
  colours: string[];
  legend: LegendEntry[];
  summary: string;
  /** Why the figures are approximate (a best-fit lookup on the way), when they are. */
  approximateNote?: string | undefined;
}

export function indicatorView(atlas: Atlas, indicator: Indicator, levelId: string, period: string): IndicatorView {
  const level = atlas.levels.find((l) => l.id === levelId)!;
  const data = indicator.levels.find((l) => l.level === levelId)!;
  const classification = classify(
    data.observations.filter((o) => o.status === 'value').map((o) => roundTo(o.value!, indicator.decimals)),
    indicator.classification,
  );
  const colours = paletteFor((classification?.thresholds.length ?? 0) + 1);
  const byCode = periodIndex(data, period, indicator.decimals).byCode;
  const rows: ViewRow[] = level.areas.map((area: Area) => {
    const observation = byCode.get(area.code) ?? { value: null, status: 'no-data' as const };
    const value = observation.status === 'value' && observation.value !== null ? roundTo(observation.value, indicator.decimals) : null;
    return {
      code: area.code,
      name: area.name,
      value,
      status: value === null ? (observation.status === 'value' ? 'not-available' : observation.status) : 'value',
      display: formatObservation({ value, status: observation.status }, indicator),
      classIndex: value !== null && classification ? classOf(value, classification.thresholds) : null,
    };
  });
  return {
    indicator,
    level,
    period,
    rows,
    classification,
    colours,
    legend: legendFor(indicator, rows, classification, colours),
    summary: summarySentence({
      title: indicator.title,
      period,
      levelPlural: level.plural,
      format: indicator,
      rows,
      withoutValue: rows.filter((r) => r.value === null).length,
    }),
    approximateNote: approximateNote(atlas.levels, indicator, levelId),
  };
}

function legendFor(indicator: Indicator, rows: ViewRow[], classification: Classification | null, colours: string[]): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (classification) {
    const bounds = [classification.min, ...classification.thresholds, classification.max];
    for (let i = 0; i < colours.length; i++) {
      const low = formatValue(bounds[i]!, indicator);
      const high = formatValue(bounds[i + 1]!, indicator);
      // Classes include their lower bound, so only the last one includes its upper bound too.
      const label = colours.length === 1 ? low : i === colours.length - 1 ? `${low} to ${high}` : `${low} to under ${high}`;
      entries.push({ label, colour: colours[i]!, count: rows.filter((r) => r.classIndex === i).length });
    }
  }
  const byStatus = new Map<Status, number>();
  for (const row of rows) if (row.value === null) byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
  for (const [status, count] of [...byStatus].sort()) {
    entries.push(
      status === 'suppressed'
        ? { label: `${STATUS_LABELS.suppressed} (small numbers)`, colour: SUPPRESSED_COLOUR, pattern: 'hatch', count }
        : { label: STATUS_LABELS[status], colour: NO_VALUE_COLOUR, count },
    );
  }
  return entries;
}
