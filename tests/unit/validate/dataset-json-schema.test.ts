import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../../src/pipeline/validate/dataset-json-schema.ts';

describe('schema/dataset.schema.json', () => {
  it('is the JSON Schema generated from the Zod schema (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(new URL('../../../schema/dataset.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(datasetJsonSchema());
  });

  it('lists the required fields and refuses unknown ones', () => {
    const schema = JSON.parse(datasetJsonSchema()) as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'publisher', 'contact', 'licence', 'attribution', 'release_date', 'file', 'area', 'period', 'indicators']));
    expect(schema.additionalProperties).toBe(false);
  });
});
