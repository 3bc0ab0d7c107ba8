/** JSON Schemas for editors, derived from the zod schemas that validate at load. */
export declare function jsonSchemas(): Record<'rules' | 'config', unknown>;
