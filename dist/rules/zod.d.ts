import { type ZodMiniType } from 'zod/mini';
export * from 'zod/mini';
/** A non-empty string. */
export declare const nonEmpty: () => import("zod/mini").ZodMiniString<string>;
/** Classic zod's `.describe()`: the text editors show from the JSON Schema. */
export declare const described: <T extends ZodMiniType>(schema: T, text: string) => T;
