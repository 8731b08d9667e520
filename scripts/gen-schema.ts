/**
 * `npm run schema`: writes diagrams/diagram.schema.json from the runtime schema in src/schema.
 * tests/schema/json-schema.test.ts fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { diagramJsonSchemaText } from '../src/schema/json-schema';

const target = new URL('../diagrams/diagram.schema.json', import.meta.url);
writeFileSync(target, diagramJsonSchemaText());
console.log(`wrote ${target.pathname}`);
