/**
 * The dataset metadata schema: the one source of truth for what `metadata.yaml` may say.
 * `npm run schema` turns it into JSON Schema for editor completion. Keys are snake_case because
 * contributors write them by hand in YAML.
 */
import { z } from 'zod';
import { SLUG_PATTERN } from './slug.ts';
import { postcodesSchema } from './postcodes-schema.ts';

const slug = z.string().regex(SLUG_PATTERN, {
  error: 'must be a slug: lower-case letters, digits and single hyphens, starting with a letter',
});
const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  // YAML reads an unquoted 2024-06-01 as a date; accept both and keep the text form.
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: 'must be a date written YYYY-MM-DD' });
  } else if (Number.isNaN(Date.parse(text)) || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text) {
    // Date.parse rolls 2024-02-30 over to 1 March; a date that changes when parsed is not in the calendar.
    ctx.addIssue({ code: 'custom', message: `is not a date in the calendar (${text})` });
  }
  return text;
});
const column = z.string().min(1, { error: 'must name a column of the file' });

export const contactSchema = z
  .object({
    name: z.string().min(1),
    email: z.email().optional(),
    url: z.url().optional(),
  })
  .strict();

export const measureTypes = ['count', 'percentage', 'rate', 'mean', 'median', 'score', 'rank', 'decile', 'ratio'] as const;
export const polarities = ['higher-is-better', 'higher-is-worse', 'neither'] as const;
export const classificationMethods = ['quantiles', 'equal-intervals', 'natural-breaks', 'custom'] as const;

export const classificationSchema = z
  .object({
    method: z.enum(classificationMethods),
    classes: z.int().min(2).max(9).default(5),
    // At most 8 breaks: the palettes have at most 9 classes.
    breaks: z.array(z.number()).min(1).max(8).optional(),
  })
  .strict()
  .refine((c) => c.method !== 'custom' || (c.breaks !== undefined && c.breaks.length > 0), {
    error: 'needs `breaks:` when the method is custom (a list of numbers, smallest first)',
  });

export const indicatorSchema = z
  .object({
    id: slug,
    column: column.optional().describe('Wide files: the column holding the value.'),
    match: z.string().min(1).optional().describe('Long files: the text in the indicator column that selects this indicator.'),
    title: z.string().min(1),
    description: z.string().optional(),
    measure: z.enum(measureTypes),
    unit: z.string().optional(),
    per: z.number().positive().optional().describe('Rates only: the N of "per N" (e.g. 1000).'),
    polarity: z.enum(polarities),
    decimals: z.int().min(0).max(6).default(0),
    numerator: column.optional(),
    denominator: column.optional(),
    lower: column.optional(),
    upper: column.optional(),
    classification: classificationSchema.optional(),
    access: z.enum(['public', 'protected']).default('public').describe('`protected`: shown only in the full tables for registered partners, never on public pages.'),
  })
  .strict();

export const datasetSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().optional(),
    publisher: z.string().min(1),
    contact: contactSchema,
    source_url: z.url().optional(),
    licence: z.string().min(1),
    attribution: z.string().min(1),
    release_date: isoDate,
    next_update: isoDate.optional(),
    methodology: z.string().optional(),
    access: z.enum(['public', 'protected']).default('public').describe('`protected`: the whole dataset is shown only in the full tables for registered partners.'),
    protected_levels: z.array(slug).default([]).describe('Levels shown only in the full tables, e.g. [smallarea]; larger levels are still built from them.'),
    disclosure: z
      .object({
        threshold: z.int().min(0).optional().describe('Smallest count shown on public pages (default: the atlas setting, 5).'),
        protected_threshold: z.int().min(0).optional().describe('Smallest count shown in the full tables (default: the atlas setting, 0: nothing suppressed).'),
      })
      .strict()
      .optional(),
    file: z.string().min(1),
    encoding: z
      .enum(['utf-8', 'windows-1252'])
      .default('utf-8')
      .describe('The character encoding of the file: utf-8 (with or without a byte-order mark), or windows-1252 for an older Excel export that cannot be re-saved.'),
    skip_lines: z.int().min(0).default(0),
    footer_lines: z.int().min(0).default(0),
    format: z.enum(['wide', 'long']).default('wide'),
    area: z
      .object({
        column,
        level: slug.optional(),
        unmatched: z
          .enum(['error', 'report'])
          .default('error')
          .describe('What to do with rows whose code is in no level: `error` (default), or `report` to leave them out and list them in the build report (for national files on a local atlas).'),
        postcodes: postcodesSchema.optional().describe('The column holds postcodes: count them into the areas of `level` through a lookup or centroids (docs/formats.md, Postcodes).'),
      })
      .strict()
      .refine((area) => !area.postcodes || area.level !== undefined, { error: 'with `postcodes:` the area needs `level:`, the level to count postcodes into', path: ['level'] }),
    period: z.union([z.object({ column }).strict(), z.object({ value: z.union([z.string().trim().min(1), z.number()]).transform(String) }).strict()]),
    breakdowns: z
      .array(
        z
          .object({
            column,
            total: z.string().min(1).describe('The value of this column that means everyone (e.g. "Persons", "All ages"): its rows are the indicator itself.'),
          })
          .strict(),
      )
      .optional()
      .describe('Breakdown dimensions (sex, age band, ...): every other combination of their values becomes a variant of each indicator.'),
    indicator_column: column.optional(),
    value_column: column.optional(),
    indicators: z.array(indicatorSchema).min(1, { error: 'must list at least one indicator' }),
  })
  .strict();

export type DatasetMetadata = z.infer<typeof datasetSchema>;
export type IndicatorMetadata = z.infer<typeof indicatorSchema>;
