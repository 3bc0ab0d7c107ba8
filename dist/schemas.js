import * as z from './rules/zod.js';
import { ConfigSchema } from './config/schema.js';
import { RuleFileSchema } from './rules/schema.js';
/** JSON Schemas for editors, derived from the zod schemas that validate at load. */
export function jsonSchemas() {
    const options = { io: 'input', unrepresentable: 'any' };
    return {
        rules: { title: 'leakgate rule file', ...z.toJSONSchema(RuleFileSchema, options) },
        config: { title: 'leakgate config', ...z.toJSONSchema(ConfigSchema, options) },
    };
}
