/**
 * `area.postcodes:` in a dataset's metadata.yaml: the area column holds postcodes, turned into
 * counts per area of `area.level` at build time through a lookup in the ONS NSPL/ONSPD layout or
 * through postcode centroids located in the level's boundaries. Paths are relative to geography/.
 */
import { z } from 'zod';

const column = z.string().min(1, { error: 'must name a column of the file' });
const file = z.string().min(1).describe('Relative to geography/ (e.g. postcodes/nspl-extract.csv); a folder named in read_only_data_dirs also works.');

export const postcodeLookupSchema = z
  .object({
    file,
    postcode_column: column.optional().describe('Default: the first of pcds, pcd, pcd2, postcode in the file.'),
    area_column: column.describe("The column with codes of the dataset's `area.level`, e.g. lsoa11, lsoa21, msoa21, osward, laua."),
    terminated_column: column.optional().describe('Blank while a postcode is live. Default: doterm, when the file has it.'),
  })
  .strict();

export const postcodeCentroidsSchema = z
  .object({
    file,
    postcode_column: column.optional().describe('Default: the first of pcds, pcd, pcd2, postcode in the file.'),
    latitude: column.optional().describe('Default: lat or latitude.'),
    longitude: column.optional().describe('Default: long, lng, lon or longitude.'),
    easting: column.optional().describe('British National Grid (EPSG:27700) metres, used when there is no latitude. Default: oseast1m or easting.'),
    northing: column.optional().describe('Default: osnrth1m or northing.'),
    terminated_column: column.optional().describe('Blank while a postcode is live. Default: doterm, when the file has it.'),
  })
  .strict()
  .refine((c) => !((c.latitude || c.longitude) && (c.easting || c.northing)), { error: 'give either latitude and longitude or easting and northing, not both' });

export const postcodesSchema = z
  .object({
    lookup: postcodeLookupSchema.optional().describe('A postcode lookup (NSPL/ONSPD layout): one row per postcode with its area codes.'),
    centroids: postcodeCentroidsSchema.optional().describe("Postcode centroids, located in the level's boundaries (point in polygon)."),
    terminated: z.enum(['include', 'exclude']).default('include').describe('Whether terminated postcodes count in the area they last belonged to (default) or are left out.'),
  })
  .strict()
  .refine((p) => (p.lookup === undefined) !== (p.centroids === undefined), { error: 'needs exactly one of `lookup:` or `centroids:`' });

export type PostcodesMetadata = z.infer<typeof postcodesSchema>;
