import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/schemas.js';

describe('published JSON Schemas', () => {
  it('match the zod schemas the loader validates with (run `npm run schemas` after changing them)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8'));
      expect(committed, `schema/${name}.schema.json`).toEqual(schema);
    }
  });
});
