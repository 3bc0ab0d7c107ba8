import { loadBuiltinRules } from '../rules/load.js';
import { TERRAFORM_RULES } from '../terraform/rules.js';
/**
 * Providers every report consults after the rule pack. Analyzers with rule ids of their own add
 * their exported metadata here (one import and one entry), and every format picks it up.
 */
export const EXTRA_RULE_METADATA = [
    TERRAFORM_RULES.map((rule) => ({
        id: rule.id,
        title: rule.description,
        description: rule.help,
        help: rule.help,
        // Secrets written in code are hard-coded credentials; secrets copied into state or state
        // files are cleartext storage of sensitive information.
        cwe: rule.locates === 'secret' ? [798] : [312],
        severity: rule.severity,
        tags: rule.tags,
    })),
];
export const DEFAULT_SECRET_HELP = [
    'A credential is committed to source. Treat it as compromised: anyone who can read the repository, a fork, a clone or a build log can use it, and deleting the line leaves it in Git history.',
    '1. Revoke or rotate the credential with its issuer.',
    '2. Remove it from the code; load it at run time from a secret manager or an environment variable.',
    '3. If the repository is shared, remove it from history too (for example with git filter-repo), after rotating.',
    'If it is not a secret (a test fixture or a documented example), mark the line with a `leakgate:allow` comment, or add the finding\'s fingerprint to .leakgateignore with a reason.',
].join('\n');
export function ruleDescription(rule) {
    return rule.description ?? `${rule.title}: a credential hardcoded in source (CWE-798, use of hard-coded credentials).`;
}
export function ruleHelp(rule) {
    return rule.help ?? DEFAULT_SECRET_HELP;
}
export function ruleCwes(rule) {
    return rule.cwe ?? [798];
}
export function ruleMetadataFromRules(rules) {
    return rules.map((rule) => ({
        id: rule.id,
        title: rule.description,
        severity: rule.severity,
        confidence: rule.confidence,
        tags: rule.tags,
        checksummed: rule.validate === 'crc32-base62',
    }));
}
export class RuleCatalog {
    lists = new Map();
    lookups = [];
    /** Earlier providers win for the same id. */
    constructor(providers) {
        for (const provider of providers) {
            if (typeof provider === 'function')
                this.lookups.push(provider);
            else
                for (const meta of provider)
                    if (!this.lists.has(meta.id))
                        this.lists.set(meta.id, meta);
        }
    }
    get(ruleId) {
        const listed = this.lists.get(ruleId);
        if (listed)
            return listed;
        for (const lookup of this.lookups) {
            const found = lookup(ruleId);
            if (found)
                return found;
        }
        return undefined;
    }
    /** Ids of every rule the listed providers know (the rules a scan could report), sorted. */
    knownIds() {
        return [...this.lists.keys()].sort();
    }
    /** The metadata for a finding's rule, or one made from the finding when no provider knows the id. */
    forFinding(finding) {
        return (this.get(finding.ruleId) ?? {
            id: finding.ruleId,
            title: finding.message,
            severity: finding.severity,
            confidence: finding.confidence,
            ...(finding.tags ? { tags: finding.tags } : {}),
        });
    }
}
/** The catalog for a scan: its rules (default: the built-in pack), then the extra providers. */
export function createRuleCatalog(rules = loadBuiltinRules(), extra = EXTRA_RULE_METADATA) {
    return new RuleCatalog([ruleMetadataFromRules(rules), ...extra]);
}
