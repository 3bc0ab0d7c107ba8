import * as z from '../rules/zod.js';
import { described, nonEmpty } from '../rules/zod.js';
import { RuleSchema } from '../rules/schema.js';
import { CONFIDENCES } from '../types.js';
/**
 * The user's config file (`leakgate.config.{json,yaml,mjs}`, `.leakgaterc`, or the `leakgate`
 * key of package.json). Custom rules are validated by the same `RuleSchema` as the built-in
 * pack; errors name the rule's index.
 */
const nonEmptyStrings = () => z._default(z.array(nonEmpty()), []);
export const ConfigSchema = z.strictObject({
    $schema: z.optional(z.string()),
    useDefaultRules: described(z._default(z.boolean(), true), 'Start from the built-in rule pack (default true); false runs only `rules`.'),
    rules: described(z._default(z.array(RuleSchema), []), "Custom rules, in the same schema as the built-in pack; a rule with a built-in's id replaces it."),
    disabledRules: described(nonEmptyStrings(), 'Ids of rules to turn off.'),
    exclude: described(nonEmptyStrings(), "Gitignore-style globs, relative to the config file's folder, of paths never scanned."),
    allow: z._default(z.strictObject({
        regexes: described(nonEmptyStrings(), 'A secret matching any of these (case-sensitive) regexes is never reported.'),
        stopwords: described(nonEmptyStrings(), 'A secret containing any of these (case-insensitive) is never reported.'),
    }), { regexes: [], stopwords: [] }),
    maxFileSize: described(z.optional(z.union([z.int().check(z.positive()), nonEmpty()])), 'Files larger than this are skipped and reported: bytes, or a size such as "5MiB".'),
    minConfidence: described(z.optional(z.enum(CONFIDENCES)), 'Lowest confidence reported (default "medium").'),
    terraform: described(z._default(z.strictObject({
        assumeStateEncryption: described(z._default(z.boolean(), false), 'State encryption is set up outside the code (OpenTofu TF_ENCRYPTION, a wrapper script): no state exposure findings.'),
        showInfo: described(z._default(z.boolean(), false), "Also report info findings: secrets in state that only the cloud provider's default encryption protects (gcs, azurerm backends)."),
    }), { assumeStateEncryption: false, showInfo: false }), 'Terraform analysis settings.'),
});
