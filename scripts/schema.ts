/** `npm run schema`: writes schema/dataset.schema.json (and points.schema.json) from the Zod schemas (the single source). */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/pipeline/validate/dataset-json-schema.ts';
import { pointsJsonSchema } from '../src/pipeline/validate/points-json-schema.ts';

const path = new URL('../schema/dataset.schema.json', import.meta.url);
writeFileSync(path, datasetJsonSchema());
console.log(`schema: wrote ${path.pathname}`);
const pointsPath = new URL('../schema/points.schema.json', import.meta.url);
writeFileSync(pointsPath, pointsJsonSchema());
console.log(`schema: wrote ${pointsPath.pathname}`);
