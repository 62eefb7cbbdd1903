/**
 * JSON Schema for metadata.yaml, generated from the Zod schema so the two can never disagree.
 * Editors use it for completion and checking (`# yaml-language-server: $schema=...`).
 */
import { z } from 'zod';
import { datasetSchema } from './metadata-schema.ts';

export function datasetJsonSchema(): string {
  // `io: 'input'` describes what a contributor writes (before defaults and transforms apply).
  const schema = z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return JSON.stringify({ ...schema, title: 'statlas dataset metadata (datasets/<id>/metadata.yaml)' }, null, 2) + '\n';
}
