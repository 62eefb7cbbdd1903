/** Schemas for the atlas config and the geography levels file (maintainer-written YAML). */
import { z } from 'zod';
import { contactSchema } from './metadata-schema.ts';
import { SLUG_PATTERN } from './slug.ts';

const slug = z.string().regex(SLUG_PATTERN, { error: 'must be a slug: lower-case letters, digits and hyphens' });

export const atlasConfigSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    notice: z.string().optional(),
    contact: contactSchema,
    default_level: slug.optional(),
    read_only_data_dirs: z.array(z.string().min(1)).default([]),
    disclosure: z.object({ threshold: z.int().min(0) }).strict().default({ threshold: 5 }),
    attribution: z.array(z.string()).default([]),
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
  })
  .strict();

export const levelsFileSchema = z.object({ levels: z.array(levelSchema).min(1) }).strict();

export type LevelDefinition = z.infer<typeof levelSchema>;
