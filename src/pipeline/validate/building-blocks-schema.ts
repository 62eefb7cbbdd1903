/**
 * Levels made of building blocks, in geography/levels.yaml:
 *
 *   custom:   { building_blocks: lsoa, file: custom/localities.csv }
 *             areas of our own, each a list of blocks; `npm run geography` dissolves the blocks'
 *             boundaries into the level's TopoJSON
 *   best_fit: { building_blocks: lsoa, lookup: build/lsoa-ward.csv }
 *             a level with boundaries of its own that blocks do not nest in; `npm run geography`
 *             writes the lookup by locating each block's inner point, and the figures are marked
 *             approximate
 *
 * Paths are relative to geography/.
 */
import { z } from 'zod';
import { SLUG_PATTERN } from './slug.ts';

const slug = z.string().regex(SLUG_PATTERN, { error: 'must be a slug: lower-case letters, digits and hyphens' });
const column = z.string().min(1);

export const customLevelSchema = z
  .object({
    building_blocks: slug.describe('The level whose areas make up the custom areas, e.g. lsoa or ward.'),
    file: z.string().min(1).describe('CSV, one row per building block: the custom area code, its name and the block code.'),
    code_column: column.default('code'),
    name_column: column.default('name'),
    block_column: column.default('building_block'),
  })
  .strict();

export const bestFitSchema = z
  .object({
    building_blocks: slug.describe('The smaller level that does not nest in this one, e.g. lsoa.'),
    lookup: z.string().min(1).describe('CSV of block code -> area code; written by `npm run geography` unless `generate: false`.'),
    generate: z.boolean().default(true).describe('false: the lookup is supplied (e.g. an ONS best-fit lookup), not built from boundaries.'),
    block_column: column.default('building_block'),
    code_column: column.default('code'),
  })
  .strict();

export type CustomLevelDefinition = z.infer<typeof customLevelSchema>;
export type BestFitDefinition = z.infer<typeof bestFitSchema>;
