/**
 * JSON Schema for a point dataset's metadata.yaml (`kind: points`), generated from the Zod
 * schema like schema/dataset.schema.json, for editor completion.
 */
import { z } from 'zod';
import { pointsSchema } from './points-schema.ts';

export function pointsJsonSchema(): string {
  const schema = z.toJSONSchema(pointsSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return JSON.stringify({ ...schema, title: 'statlas point dataset metadata (datasets/<id>/metadata.yaml with kind: points)' }, null, 2) + '\n';
}
