/**
 * The data model every stage shares. Values that are absent are typed statuses, never NaN or 0,
 * so a suppressed cell cannot turn into a number anywhere downstream.
 */

/** Why a cell has no number, or `value` when it has one. */
export type Status =
  | 'value'
  | 'missing' // blank cell
  | 'not-available' // `..`, `x`
  | 'nil' // `-`: nil or negligible
  | 'suppressed' // `*`, `c`, or suppressed by disclosure control
  | 'low-reliability' // `u`
  | 'not-applicable' // `n/a`, `z`
  | 'no-data'; // the area exists in the geography but the dataset has no row for it

export type MeasureType =
  | 'count'
  | 'percentage'
  | 'rate'
  | 'mean'
  | 'median'
  | 'score'
  | 'rank'
  | 'decile'
  | 'ratio';

export type Polarity = 'higher-is-better' | 'higher-is-worse' | 'neither';

export type ClassificationMethod = 'quantiles' | 'equal-intervals' | 'natural-breaks' | 'custom';

/** One cell of an indicator for one area and period, after normalisation. */
export interface Observation {
  code: string;
  period: string;
  value: number | null;
  status: Status;
  numerator?: number | null;
  denominator?: number | null;
  lower?: number | null;
  upper?: number | null;
  /** Where the value came from: the file line, or how it was derived. */
  source: { line: number } | { aggregatedFrom: number };
}

export interface Area {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export interface Level {
  id: string;
  name: string;
  plural: string;
  /** Absolute path of the simplified TopoJSON. */
  topologyPath: string;
  object: string;
  /** Feature properties holding each area's code and name in the TopoJSON. */
  codeProperty: string;
  nameProperty: string;
  parentLevel: string | null;
  /** Areas sorted by code. */
  areas: Area[];
}

export interface Contact {
  name: string;
  email?: string | undefined;
  url?: string | undefined;
}

export interface AtlasConfig {
  title: string;
  description: string;
  notice?: string | undefined;
  contact: Contact;
  defaultLevel?: string | undefined;
  readOnlyDataDirs: string[];
  disclosureThreshold: number;
  attribution: string[];
}

export interface ClassificationSpec {
  method: ClassificationMethod;
  classes: number;
  breaks?: number[] | undefined;
}

export interface IndicatorMeta {
  id: string;
  datasetId: string;
  title: string;
  description?: string | undefined;
  measure: MeasureType;
  unit?: string | undefined;
  per?: number | undefined;
  polarity: Polarity;
  decimals: number;
  classification: ClassificationSpec;
  hasNumerator: boolean;
  hasDenominator: boolean;
  hasIntervals: boolean;
}

export interface DatasetMeta {
  id: string;
  title: string;
  description?: string | undefined;
  publisher: string;
  contact: Contact;
  sourceUrl?: string | undefined;
  licence: string;
  attribution: string;
  releaseDate: string;
  nextUpdate?: string | undefined;
  methodologyHtml?: string | undefined;
  access: 'public' | 'protected';
  disclosureThreshold: number;
  /** Path of the publisher's file, relative to the atlas root. */
  file: string;
}

/** One indicator at one level, every period, sorted by code then period. */
export interface IndicatorLevelData {
  level: string;
  periods: string[];
  observations: Observation[];
  /** True when this level was computed from a smaller one rather than read from the file. */
  aggregated: boolean;
}

export interface Indicator extends IndicatorMeta {
  levels: IndicatorLevelData[];
  /** Why the indicator is not offered at some levels (e.g. ranks cannot be summed). */
  notAggregatedReason?: string | undefined;
}

export interface Dataset extends DatasetMeta {
  indicators: string[];
  levels: string[];
  periods: string[];
  rowCount: number;
}

export interface JoinReport {
  dataset: string;
  indicator: string;
  level: string;
  period: string;
  areasWithoutData: string[];
}

export interface BuildReport {
  joins: JoinReport[];
  /**
   * Rows whose code matched no area. Such rows stop the build unless the dataset's metadata says
   * `unmatched: report`; then they are left out and counted here, with the first few listed.
   */
  rowsWithoutArea: { dataset: string; file: string; count: number; examples: { line: number; code: string }[] }[];
  suppressedCells: number;
}

/** The one object pages read. */
export interface Atlas {
  root: string;
  config: AtlasConfig;
  levels: Level[];
  datasets: Dataset[];
  indicators: Indicator[];
  report: BuildReport;
}
