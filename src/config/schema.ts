import { z } from 'zod';
import { CONFIDENCES } from '../types.js';

/**
 * The user's config file (`leakgate.config.{json,yaml,mjs}`, `.leakgaterc`, or the `leakgate`
 * key of package.json). Custom rules are validated later by the same `RuleSchema` as the
 * built-in pack, so their errors name the rule's index.
 */
export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** Start from the built-in rule pack (default true); false runs only `rules`. */
    useDefaultRules: z.boolean().default(true),
    /** Custom rules; a rule with a built-in's id replaces it. */
    rules: z.array(z.unknown()).default([]),
    /** Ids of rules to turn off. */
    disabledRules: z.array(z.string().min(1)).default([]),
    /** Gitignore-style globs, relative to the config file's folder, of paths never scanned. */
    exclude: z.array(z.string().min(1)).default([]),
    allow: z
      .object({
        /** A secret matching any of these regexes is never reported. */
        regexes: z.array(z.string().min(1)).default([]),
        /** A secret containing any of these (case-insensitive) is never reported. */
        stopwords: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ regexes: [], stopwords: [] }),
    /** Files larger than this are skipped and reported: bytes, or a size such as "5MiB". */
    maxFileSize: z.union([z.number().int().positive(), z.string().min(1)]).optional(),
    /** Lowest confidence reported (default "medium"). */
    minConfidence: z.enum(CONFIDENCES).optional(),
  })
  .strict();

export type ConfigInput = z.input<typeof ConfigSchema>;
export type ConfigFile = z.output<typeof ConfigSchema>;
