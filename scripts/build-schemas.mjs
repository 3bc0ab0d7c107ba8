// Writes the JSON Schemas that editors use for `$schema` in rule files and config files, from
// the same zod schemas the loader validates with. `npm run schemas`; a test keeps them in sync.
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../dist/schemas.js';

for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schema/${name}.schema.json`);
}
