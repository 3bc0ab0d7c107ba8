import { z } from 'zod';
import { CONFIDENCES, SEVERITIES } from '../types.js';
import { VALIDATOR_NAMES } from '../engine/validators.js';
import { assignmentRegex } from './assignment.js';
import { checkRegexSafety } from './regex-safety.js';
/**
 * The one schema for rules: the built-in pack under `rules/` and users' custom rules in
 * config are both validated by `RuleSchema`. Regexes are JavaScript syntax.
 */
const ExampleSchema = z.union([
    z.string().min(1),
    z
        .object({
        text: z.string().min(1),
        secret: z.string().min(1).optional().describe('The exact secret the rule must capture from `text` (secret examples only).'),
        path: z.string().min(1).optional().describe('Scan the text as if it were this file (for rules limited by `paths`).'),
        confidence: z.enum(CONFIDENCES).optional().describe('The confidence the rule must report it at (secret examples only).'),
    })
        .strict(),
]);
const RegexString = z.string().min(1);
export const RuleSchema = z
    .object({
    id: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/, 'must be kebab-case: lowercase letters, digits and dashes'),
    description: z.string().min(3),
    regex: RegexString.optional().describe('JavaScript regex source. The secret is the named group `secret`, else the first group, else the match. A rule has `regex` or `assignment`.'),
    exact: RegexString.optional().describe("The provider's exact format, a regex the whole secret must match (`ghp_[A-Za-z0-9]{36}`); the rule's `regex` may then find a looser candidate by the provider's prefix, and one that misses the exact format (truncated, hand-edited, a variant) is reported at low confidence."),
    assignment: z
        .object({
        name: RegexString.describe('Regex fragment that must occur in the assignee name, matched case-insensitively (`asana`, `(?:twitter|tw)`).'),
        value: RegexString.describe('Regex fragment for the value (case-sensitive, no capturing groups): `[0-9]{16}`.'),
        nameSuffix: z.number().int().min(0).max(80).optional().describe('Name characters allowed after the fragment (default 40).'),
        wordStart: z.boolean().optional().describe('The fragment must start a word of the name: ETSY_KEY, myEtsyKey, not SetSysctl (default true).'),
    })
        .strict()
        .optional()
        .describe('Instead of `regex`: the secret is a value assigned to a name containing `name`, in any syntax the assignment grammar knows (code, YAML, JSON, INI, .env, XML, ...).'),
    requires: z
        .array(z.string().min(1))
        .default([])
        .describe('Case-insensitive literals that must all occur in the line window before the regex runs: a cheap second check for rules with a common keyword.'),
    priority: z
        .number()
        .int()
        .min(-10)
        .max(10)
        .default(0)
        .describe('Where two rules report overlapping spans, the higher priority wins (then the more specific rule: longer keyword, pattern over generic).'),
    /** Extra regex flags: any of `i`, `s`, `m`, `u`. `g` and `d` are added by the engine. */
    flags: z
        .string()
        .regex(/^[imsu]*$/, 'only the flags i, m, s and u are allowed')
        .optional(),
    /** Case-insensitive literals, at least one of which must occur near a match (the prefilter). */
    keywords: z
        .array(z.string().min(2, 'a keyword needs at least 2 characters').regex(/^[\x20-\x7e]+$/, 'keywords are printable ASCII'))
        .min(1, 'a rule needs at least one keyword for the prefilter'),
    exactKeywords: z
        .boolean()
        .default(false)
        .describe('Keywords must occur with their exact case (the prefilter folds case, then each hit is checked): for keywords that are not words, such as the base64 openings of a Discord bot token.'),
    /** Lines around a keyword's line that the regex may see (multi-line formats such as PEM keys). */
    window: z
        .object({
        before: z.number().int().min(0).max(50).default(0),
        after: z.number().int().min(0).max(400).default(0),
    })
        .strict()
        .optional(),
    entropy: z.number().min(0).max(8).optional().describe('Minimum Shannon entropy (bits per character) of the captured secret.'),
    validate: z.enum(VALIDATOR_NAMES).optional().describe('A named structural check of the secret (checksum, decodable header, ...).'),
    detector: z
        .enum(['pattern', 'generic', 'value'])
        .default('pattern')
        .describe('What judges a match: `pattern` trusts the format (the filters still apply); `generic` also checks that the assignee name names a secret and scores the value; `value` scores the value alone (a password in a URL or a curl -u argument).'),
    weakValues: z
        .enum(CONFIDENCES)
        .default('low')
        .describe('Detector `value`: the confidence of a word-like or weak value in this slot. `low` by default; `medium` where the slot itself says a person set a password (ConvertTo-SecureString -AsPlainText).'),
    allow: z.array(RegexString).default([]).describe('Regexes (with the rule\'s flags): a secret matching any of them is not reported.'),
    stopwords: z.array(z.string().min(1)).default([]).describe('Case-insensitive substrings: a secret containing any of them is not reported.'),
    paths: z.array(z.string().min(1)).optional().describe('Gitignore-style globs: the rule only runs on matching paths.'),
    severity: z.enum(SEVERITIES).default('high'),
    confidence: z.enum(CONFIDENCES).default('high'),
    tags: z.array(z.string().min(1)).default([]),
    examples: z
        .object({
        secret: z.array(ExampleSchema).default([]),
        clean: z.array(ExampleSchema).default([]),
    })
        .strict()
        .default({ secret: [], clean: [] }),
})
    .strict()
    .superRefine((rule, ctx) => {
    if ((rule.regex === undefined) === (rule.assignment === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['regex'], message: 'a rule needs exactly one of `regex` and `assignment`' });
        return;
    }
    const regex = rule.regex ?? assignmentRegex(rule.assignment);
    for (const [field, sources] of [
        ['regex', [regex]],
        ['exact', rule.exact === undefined ? [] : [rule.exact]],
        ['allow', rule.allow],
    ]) {
        sources.forEach((source, index) => {
            const problem = checkRegexSafety(source, rule.flags ?? '', { scansLines: field === 'regex' });
            if (problem) {
                ctx.addIssue({
                    code: 'custom',
                    path: field === 'allow' ? [field, index] : [field],
                    message: problem,
                });
            }
        });
    }
})
    .transform(({ regex, window, ...rule }) => ({
    ...rule,
    regex: regex ?? assignmentRegex(rule.assignment),
    // An assignment's value may sit on the line after its name: <token>\n  value\n</token>.
    window: window ?? (rule.assignment ? { before: 0, after: 2 } : undefined),
}));
/** A rule file under `rules/`: a family of rules. */
export const RuleFileSchema = z
    .object({
    $schema: z.string().optional(),
    rules: z.array(RuleSchema).min(1),
})
    .strict();
/** Turns a zod error into one line: where it happened, then each issue with its path. */
export function describeIssues(error, where) {
    const [prefix, ...trail] = where.split(': ');
    const base = trail.join(': ');
    const issues = error.issues.map((issue) => {
        const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
        const at = `${base}${path}`.replace(/^\./, '');
        return at ? `${at}: ${issue.message}` : issue.message;
    });
    return `${prefix}: ${issues.join('; ')}`;
}
