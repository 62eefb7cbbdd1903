/**
 * The metadata of a point dataset (`kind: points`): places such as schools, family hubs or
 * clinics, drawn as a layer that readers can switch on over any map. The publisher fields are
 * those of an area dataset; instead of areas, periods and indicators it names the columns for
 * each place's name, category and position: latitude and longitude (WGS84), or easting and
 * northing on the British National Grid (EPSG:27700), which the build converts with proj4.
 */
import { z } from 'zod';
import { datasetSchema } from './metadata-schema.ts';

const column = z.string().min(1, { error: 'must name a column of the file' });

export const pointsSchema = datasetSchema
  .pick({
    title: true,
    description: true,
    publisher: true,
    contact: true,
    source_url: true,
    licence: true,
    attribution: true,
    release_date: true,
    next_update: true,
    methodology: true,
    access: true,
    file: true,
    skip_lines: true,
    footer_lines: true,
  })
  .extend({
    kind: z.literal('points').describe('Marks a dataset of places rather than area statistics.'),
    name: z.object({ column }).strict().describe("The column with each place's name."),
    category: z.object({ column }).strict().optional().describe('The column with its kind (e.g. "Family hub"); up to 8 kinds, each with its own colour.'),
    location: z
      .union([
        z.object({ easting: column, northing: column }).strict().describe('British National Grid (EPSG:27700), metres.'),
        z.object({ latitude: column, longitude: column }).strict().describe('WGS84 decimal degrees.'),
      ])
      .describe('Which columns hold the position: `{ easting, northing }` or `{ latitude, longitude }`.'),
    details: z.array(column).default([]).describe('Further columns shown in the table, the tooltip and the CSV (address, opening hours).'),
  })
  .strict();

export type PointsMetadata = z.infer<typeof pointsSchema>;

/** The one thing that tells a point dataset's metadata from an area dataset's. */
export function isPointsMetadata(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'points';
}
