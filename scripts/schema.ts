/** `npm run schema`: writes schema/dataset.schema.json from the Zod schema (the single source). */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/pipeline/validate/dataset-json-schema.ts';

const path = new URL('../schema/dataset.schema.json', import.meta.url);
writeFileSync(path, datasetJsonSchema());
console.log(`schema: wrote ${path.pathname}`);
