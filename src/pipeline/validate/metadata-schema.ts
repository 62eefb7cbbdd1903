/**
 * The dataset metadata schema: the one source of truth for what `metadata.yaml` may say.
 * `npm run schema` turns it into JSON Schema for editor completion. Keys are snake_case because
 * contributors write them by hand in YAML.
 */
import { z } from 'zod';
import { SLUG_PATTERN } from './slug.ts';

const slug = z.string().regex(SLUG_PATTERN, {
  error: 'must be a slug: lower-case letters, digits and single hyphens, starting with a letter',
});
const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  // YAML reads an unquoted 2024-06-01 as a date; accept both and keep the text form.
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
    ctx.addIssue({ code: 'custom', message: 'must be a date written YYYY-MM-DD' });
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
    breaks: z.array(z.number()).min(1).optional(),
  })
  .strict()
  .refine((c) => c.method !== 'custom' || (c.breaks !== undefined && c.breaks.length > 0), {
    error: 'custom classification needs `breaks:` (a list of numbers, smallest first)',
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
    access: z.enum(['public', 'protected']).default('public'),
    disclosure: z.object({ threshold: z.int().min(0) }).strict().optional(),
    file: z.string().min(1),
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
      })
      .strict(),
    period: z.union([z.object({ column }).strict(), z.object({ value: z.union([z.string(), z.number()]).transform(String) }).strict()]),
    indicator_column: column.optional(),
    value_column: column.optional(),
    indicators: z.array(indicatorSchema).min(1, { error: 'must list at least one indicator' }),
  })
  .strict();

export type DatasetMetadata = z.infer<typeof datasetSchema>;
export type IndicatorMetadata = z.infer<typeof indicatorSchema>;
