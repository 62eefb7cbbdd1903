import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pointsJsonSchema } from '../../../src/pipeline/validate/points-json-schema.ts';

describe('schema/points.schema.json', () => {
  it('is the JSON Schema generated from the Zod schema (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(new URL('../../../schema/points.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(pointsJsonSchema());
  });

  it('requires a name column and a position, and refuses unknown fields', () => {
    const schema = JSON.parse(pointsJsonSchema()) as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(expect.arrayContaining(['kind', 'title', 'publisher', 'licence', 'file', 'name', 'location']));
    expect(schema.additionalProperties).toBe(false);
  });
});
