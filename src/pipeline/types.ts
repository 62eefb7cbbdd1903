/**
 * The data model every stage shares. Values that are absent are typed statuses, never NaN or 0,
 * so a suppressed cell cannot turn into a number anywhere downstream.
 */
import type { PostcodeConversionSummary } from './convert/postcode-report.ts';

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
  /** Set when the level's figures are made from a smaller level that does not nest in it (custom areas, best-fit lookups). */
  buildingBlocks?: BuildingBlocks | undefined;
}

/**
 * How a level is made from the areas of a smaller level that are not its children in the
 * hierarchy. `custom`: areas defined as lists of building blocks (exact; boundaries dissolved from
 * the blocks). `best-fit`: each block counted whole in the area holding its inner point
 * (approximate, for levels that do not nest, such as 2011 LSOAs in 2013 wards).
 */
export interface BuildingBlocks {
  kind: 'custom' | 'best-fit';
  /** The level the blocks are areas of. */
  level: string;
  /** The membership file, relative to geography/. */
  file: string;
  /** Area code -> its building blocks' codes, sorted; areas without blocks are absent. */
  members: Record<string, string[]>;
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
  /** The threshold for the full tables registered partners see (0: nothing suppressed). */
  protectedDisclosureThreshold: number;
  /** Where the full tables live and how the host's gateway guards them. */
  tables: TablesConfig;
  attribution: string[];
  /** Pairs of indicators the atlas features as overlays, in the config's order. */
  featuredOverlays: FeaturedOverlay[];
}

export interface FeaturedOverlay {
  x: string;
  y: string;
  level?: string | undefined;
  period?: string | undefined;
  title?: string | undefined;
  /** Line in atlas.config.yaml, for error messages. */
  line: number;
}

/** The full tables for registered partners: one URL prefix that the host's gateway protects. */
export interface TablesConfig {
  /** URL prefix, with leading and trailing slashes, e.g. `/tables/`. */
  prefix: string;
  /** The name a browser shows when it asks for the password. */
  realm: string;
  /** Where the host keeps the bcrypt password file (`npm run users`); written into nginx and Caddy configs. */
  usersFile: string;
  /** How to register, as sanitised HTML from the config's Markdown; a default names the contact. */
  howToRegisterHtml?: string | undefined;
}

export type Access = 'public' | 'protected';

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
  /** For a breakdown variant (e.g. females only): the id of the indicator it breaks down. */
  variantOf?: string | undefined;
  /** For a breakdown variant: its breakdown values, e.g. "Sex: Female". */
  variantLabel?: string | undefined;
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
  /** The threshold for the full tables (registered partners). */
  protectedDisclosureThreshold: number;
  /** Levels shown only in the full tables (e.g. the smallest areas). */
  protectedLevels: string[];
  /** How many of the dataset's indicators are shown only in the full tables. */
  protectedIndicatorCount: number;
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
  /** The level it was computed from, when aggregated. */
  aggregatedFrom?: string | undefined;
  /** True when a best-fit lookup was used on the way (blocks counted whole in the area holding their centre). */
  approximate?: boolean | undefined;
}

export interface Indicator extends IndicatorMeta {
  levels: IndicatorLevelData[];
  /** Why the indicator is not offered at some levels (e.g. ranks cannot be summed). */
  notAggregatedReason?: string | undefined;
  /**
   * The whole atlas, one observation per period (code `ATLAS_CODE`), combined from the largest
   * level and after disclosure control; empty when the measure cannot be combined.
   */
  benchmark?: Observation[] | undefined;
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
  /** Public cells hidden because they are small (primary) or to stop differencing (secondary). */
  suppression: { primary: number; secondary: number };
  /** Datasets converted from postcodes (public ones only): counts of what became of their rows, never the postcodes. */
  postcodes?: PostcodeConversionSummary[] | undefined;
}

/** An indicator as the full tables show it: every level, with its tier. */
export interface TableIndicator extends Indicator {
  access: Access;
  /** The levels the public pages show (empty for a protected indicator). */
  publicLevels: string[];
}

/** One dataset in the full tables. */
export interface TableDataset {
  dataset: Dataset;
  /** The publisher's file as released: every column and row (after title and footnote lines). */
  file: { header: string[]; rows: { line: number; cells: string[] }[] };
  indicators: TableIndicator[];
}

/**
 * Everything only registered partners see. Pages under the tables prefix are the only readers
 * (src/pages/[...tables]*): nothing else may touch it.
 */
export interface ProtectedTables {
  prefix: string;
  datasets: TableDataset[];
}

/** One place of a point dataset, positioned in WGS84 whatever the publisher's file used. */
export interface Place {
  name: string;
  category: string;
  lon: number;
  lat: number;
  /** The metadata's `details:` columns, in order. */
  details: string[];
  /** Line of the publisher's file. */
  line: number;
}

/** A point dataset (`kind: points`): places drawn as a layer readers can switch on over any map. */
export interface PointLayer
  extends Pick<DatasetMeta, 'id' | 'title' | 'description' | 'publisher' | 'contact' | 'sourceUrl' | 'licence' | 'attribution' | 'releaseDate' | 'nextUpdate' | 'methodologyHtml' | 'access' | 'file'> {
  /** Kinds of place, alphabetical, each with its colour and number of places. */
  categories: { name: string; colour: string; count: number }[];
  detailColumns: string[];
  /** How the publisher gave positions: converted from the British National Grid, or as published. */
  positionsFrom: 'national-grid' | 'latitude-longitude';
  /** Sorted by category, then name. */
  places: Place[];
}

/** The one object pages read. */
export interface Atlas {
  root: string;
  config: AtlasConfig;
  levels: Level[];
  datasets: Dataset[];
  indicators: Indicator[];
  /** Public point datasets (`kind: points`), by title. */
  pointLayers: PointLayer[];
  report: BuildReport;
  /**
   * The full tables for registered partners. Non-enumerable (see runPipeline), so serialising or
   * spreading the atlas never carries them into public output; optional only for hand-made atlases in tests.
   */
  readonly tables?: ProtectedTables;
}
