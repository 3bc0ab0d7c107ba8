import * as z from './zod.js';
import { described, nonEmpty } from './zod.js';
import { CONFIDENCES, SEVERITIES } from '../types.js';
import { VALIDATOR_NAMES } from '../engine/validators.js';
import { assignmentRegex } from './assignment.js';
import { checkRegexSafety } from './regex-safety.js';
/**
 * The one schema for rules: the built-in pack under `rules/` and users' custom rules in
 * config are both validated by `RuleSchema`. Regexes are JavaScript syntax.
 */
const ExampleSchema = z.union([
    nonEmpty(),
    z.strictObject({
        text: nonEmpty(),
        secret: described(z.optional(nonEmpty()), 'The exact secret the rule must capture from `text` (secret examples only).'),
        path: described(z.optional(nonEmpty()), 'Scan the text as if it were this file (for rules limited by `paths`).'),
        confidence: described(z.optional(z.enum(CONFIDENCES)), 'The confidence the rule must report it at (secret examples only).'),
    }),
]);
const RegexString = nonEmpty;
const RuleObjectSchema = z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/, 'must be kebab-case: lowercase letters, digits and dashes')),
    description: z.string().check(z.minLength(3)),
    regex: described(z.optional(RegexString()), 'JavaScript regex source. The secret is the named group `secret`, else the first group, else the match. A rule has `regex` or `assignment`.'),
    exact: described(z.optional(RegexString()), "The provider's exact format, a regex the whole secret must match (`ghp_[A-Za-z0-9]{36}`); the rule's `regex` may then find a looser candidate by the provider's prefix, and one that misses the exact format (truncated, hand-edited, a variant) is reported at low confidence."),
    assignment: described(z.optional(z.strictObject({
        name: described(RegexString(), 'Regex fragment that must occur in the assignee name, matched case-insensitively (`asana`, `(?:twitter|tw)`).'),
        value: described(RegexString(), 'Regex fragment for the value (case-sensitive, no capturing groups): `[0-9]{16}`.'),
        nameSuffix: described(z.optional(z.int().check(z.minimum(0), z.maximum(80))), 'Name characters allowed after the fragment (default 40).'),
        wordStart: described(z.optional(z.boolean()), 'The fragment must start a word of the name: ETSY_KEY, myEtsyKey, not SetSysctl (default true).'),
    })), 'Instead of `regex`: the secret is a value assigned to a name containing `name`, in any syntax the assignment grammar knows (code, YAML, JSON, INI, .env, XML, ...).'),
    requires: described(z._default(z.array(nonEmpty()), []), 'Case-insensitive literals that must all occur in the line window before the regex runs: a cheap second check for rules with a common keyword.'),
    priority: described(z._default(z.int().check(z.minimum(-10), z.maximum(10)), 0), 'Where two rules report overlapping spans, the higher priority wins (then the more specific rule: longer keyword, pattern over generic).'),
    /** Extra regex flags: any of `i`, `s`, `m`, `u`. `g` and `d` are added by the engine. */
    flags: z.optional(z.string().check(z.regex(/^[imsu]*$/, 'only the flags i, m, s and u are allowed'))),
    /** Case-insensitive literals, at least one of which must occur near a match (the prefilter). */
    keywords: z
        .array(z.string().check(z.minLength(2, 'a keyword needs at least 2 characters'), z.regex(/^[\x20-\x7e]+$/, 'keywords are printable ASCII')))
        .check(z.minLength(1, 'a rule needs at least one keyword for the prefilter')),
    exactKeywords: described(z._default(z.boolean(), false), 'Keywords must occur with their exact case (the prefilter folds case, then each hit is checked): for keywords that are not words, such as the base64 openings of a Discord bot token.'),
    /** Lines around a keyword's line that the regex may see (multi-line formats such as PEM keys). */
    window: z.optional(z.strictObject({
        before: z._default(z.int().check(z.minimum(0), z.maximum(50)), 0),
        after: z._default(z.int().check(z.minimum(0), z.maximum(400)), 0),
    })),
    entropy: described(z.optional(z.number().check(z.minimum(0), z.maximum(8))), 'Minimum Shannon entropy (bits per character) of the captured secret.'),
    validate: described(z.optional(z.enum(VALIDATOR_NAMES)), 'A named structural check of the secret (checksum, decodable header, ...).'),
    detector: described(z._default(z.enum(['pattern', 'generic', 'value']), 'pattern'), 'What judges a match: `pattern` trusts the format (the filters still apply); `generic` also checks that the assignee name names a secret and scores the value; `value` scores the value alone (a password in a URL or a curl -u argument).'),
    weakValues: described(z._default(z.enum(CONFIDENCES), 'low'), 'Detector `value`: the confidence of a word-like or weak value in this slot. `low` by default; `medium` where the slot itself says a person set a password (ConvertTo-SecureString -AsPlainText).'),
    allow: described(z._default(z.array(RegexString()), []), "Regexes (with the rule's flags): a secret matching any of them is not reported."),
    stopwords: described(z._default(z.array(nonEmpty()), []), 'Case-insensitive substrings: a secret containing any of them is not reported.'),
    paths: described(z.optional(z.array(nonEmpty())), 'Gitignore-style globs: the rule only runs on matching paths.'),
    severity: z._default(z.enum(SEVERITIES), 'high'),
    confidence: z._default(z.enum(CONFIDENCES), 'high'),
    tags: z._default(z.array(nonEmpty()), []),
    examples: z._default(z.strictObject({
        secret: z._default(z.array(ExampleSchema), []),
        clean: z._default(z.array(ExampleSchema), []),
    }), { secret: [], clean: [] }),
});
export const RuleSchema = z.pipe(RuleObjectSchema.check(z.superRefine((rule, ctx) => {
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
})), z.transform(({ regex, window, ...rule }) => ({
    ...rule,
    regex: regex ?? assignmentRegex(rule.assignment),
    // An assignment's value may sit on the line after its name: <token>\n  value\n</token>.
    window: window ?? (rule.assignment ? { before: 0, after: 2 } : undefined),
})));
/** A rule file under `rules/`: a family of rules. */
export const RuleFileSchema = z.strictObject({
    $schema: z.optional(z.string()),
    rules: z.array(RuleSchema).check(z.minLength(1)),
});
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
