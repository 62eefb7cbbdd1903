/** Schemas for the atlas config and the geography levels file (maintainer-written YAML). */
import { z } from 'zod';
import { contactSchema } from './metadata-schema.ts';
import { SLUG_PATTERN } from './slug.ts';
import { bestFitSchema, customLevelSchema } from './building-blocks-schema.ts';
import { tablesConfigSchema } from './tables-config-schema.ts';

const slug = z.string().regex(SLUG_PATTERN, { error: 'must be a slug: lower-case letters, digits and hyphens' });

/** A pair of indicators the atlas features as an overlay (pre-rendered, linked from home). */
export const featuredOverlaySchema = z
  .object({
    x: slug.describe('The indicator across (the X axis, letters A-C in the key).'),
    y: slug.describe('The indicator up (the Y axis, numbers 1-3 in the key).'),
    level: slug.optional().describe('The level it opens at; by default the atlas default level, if both have it.'),
    period: z.union([z.string(), z.number()]).transform(String).optional().describe('The period it opens at; by default the latest both have.'),
    title: z.string().min(1).optional().describe('A heading for the home page, e.g. "Attainment and teenage conceptions".'),
  })
  .strict();

export const atlasConfigSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    notice: z.string().optional(),
    contact: contactSchema,
    default_level: slug.optional(),
    read_only_data_dirs: z.array(z.string().min(1)).default([]),
    disclosure: z.object({ threshold: z.int().min(0), protected_threshold: z.int().min(0).default(0) }).strict().default({ threshold: 5, protected_threshold: 0 }),
    tables: tablesConfigSchema.default({ prefix: '/tables/', users_file: '/etc/statlas/users.htpasswd' }),
    attribution: z.array(z.string()).default([]),
    featured_overlays: z.array(featuredOverlaySchema).default([]),
  })
  .strict();

const parentSchema = z.union([
  z.object({ level: slug, property: z.string().min(1) }).strict(),
  z.object({ level: slug, lookup: z.string().min(1), child_column: z.string().min(1), parent_column: z.string().min(1) }).strict(),
]);

export const levelSchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    plural: z.string().min(1),
    topology: z.string().min(1),
    object: z.string().min(1),
    code_property: z.string().min(1).default('code'),
    name_property: z.string().min(1).default('name'),
    parent: parentSchema.optional(),
    custom: customLevelSchema.optional().describe('Areas of our own, each a list of building blocks (docs/formats.md, Custom geographies).'),
    best_fit: bestFitSchema.optional().describe('Figures from a smaller level that does not nest in this one, each block counted whole in the area holding its centre (approximate).'),
  })
  .strict()
  .refine((level) => !(level.custom && (level.parent || level.best_fit)), { error: 'a custom level is made of its building blocks: it takes no `parent:` or `best_fit:`', path: ['custom'] });

export const levelsFileSchema = z.object({ levels: z.array(levelSchema).min(1) }).strict();

export type LevelDefinition = z.infer<typeof levelSchema>;
