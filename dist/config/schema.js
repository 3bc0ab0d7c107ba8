import { z } from 'zod';
import { RuleSchema } from '../rules/schema.js';
import { CONFIDENCES } from '../types.js';
/**
 * The user's config file (`leakgate.config.{json,yaml,mjs}`, `.leakgaterc`, or the `leakgate`
 * key of package.json). Custom rules are validated by the same `RuleSchema` as the built-in
 * pack; errors name the rule's index.
 */
export const ConfigSchema = z
    .object({
    $schema: z.string().optional(),
    useDefaultRules: z.boolean().default(true).describe('Start from the built-in rule pack (default true); false runs only `rules`.'),
    rules: z.array(RuleSchema).default([]).describe('Custom rules, in the same schema as the built-in pack; a rule with a built-in\'s id replaces it.'),
    disabledRules: z.array(z.string().min(1)).default([]).describe('Ids of rules to turn off.'),
    exclude: z.array(z.string().min(1)).default([]).describe('Gitignore-style globs, relative to the config file\'s folder, of paths never scanned.'),
    allow: z
        .object({
        regexes: z.array(z.string().min(1)).default([]).describe('A secret matching any of these (case-sensitive) regexes is never reported.'),
        stopwords: z.array(z.string().min(1)).default([]).describe('A secret containing any of these (case-insensitive) is never reported.'),
    })
        .strict()
        .default({ regexes: [], stopwords: [] }),
    maxFileSize: z.union([z.number().int().positive(), z.string().min(1)]).optional().describe('Files larger than this are skipped and reported: bytes, or a size such as "5MiB".'),
    minConfidence: z.enum(CONFIDENCES).optional().describe('Lowest confidence reported (default "medium").'),
    terraform: z
        .object({
        assumeStateEncryption: z
            .boolean()
            .default(false)
            .describe('State encryption is set up outside the code (OpenTofu TF_ENCRYPTION, a wrapper script): no state exposure findings.'),
        showInfo: z
            .boolean()
            .default(false)
            .describe('Also report info findings: secrets in state that only the cloud provider\'s default encryption protects (gcs, azurerm backends).'),
    })
        .strict()
        .default({ assumeStateEncryption: false, showInfo: false })
        .describe('Terraform analysis settings.'),
})
    .strict();
