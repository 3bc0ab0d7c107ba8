import { loadBuiltinRules } from '../rules/load.js';
import type { Rule } from '../rules/schema.js';
import { TERRAFORM_RULES } from '../terraform/rules.js';
import type { Confidence, Finding, Severity } from '../types.js';

/**
 * What reports say about a rule (SARIF `tool.driver.rules`, GitLab identifiers and solutions):
 * looked up by rule id in the loaded rule pack (built-in and custom rules), then in extra
 * providers for analyzers that report their own rule ids (the Terraform analyzer exports its
 * metadata as data), and finally derived from the finding itself, so an unknown rule id still
 * gets a complete, valid entry.
 */
export interface RuleMetadata {
  id: string;
  /** One line: what the rule finds (a rule's `description`). */
  title: string;
  /** A paragraph on what was found; by default, a hardcoded credential of this kind. */
  description?: string;
  /** How to fix it, plain text; a generic remediation for leaked credentials when absent. */
  help?: string;
  /** CWE numbers; by default 798 (use of hard-coded credentials). */
  cwe?: readonly number[];
  severity: Severity;
  confidence?: Confidence;
  tags?: readonly string[];
  /** The format carries a checksum leakgate verifies: matches are near-certain. */
  checksummed?: boolean;
  helpUri?: string;
}

/** A source of rule metadata: a list, or a lookup by id. */
export type RuleMetadataProvider = Iterable<RuleMetadata> | ((ruleId: string) => RuleMetadata | undefined);

/**
 * Providers every report consults after the rule pack. Analyzers with rule ids of their own add
 * their exported metadata here (one import and one entry), and every format picks it up.
 */
export const EXTRA_RULE_METADATA: RuleMetadataProvider[] = [
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

export function ruleDescription(rule: RuleMetadata): string {
  return rule.description ?? `${rule.title}: a credential hardcoded in source (CWE-798, use of hard-coded credentials).`;
}

export function ruleHelp(rule: RuleMetadata): string {
  return rule.help ?? DEFAULT_SECRET_HELP;
}

export function ruleCwes(rule: RuleMetadata): readonly number[] {
  return rule.cwe ?? [798];
}

export function ruleMetadataFromRules(rules: readonly Rule[]): RuleMetadata[] {
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
  private readonly lists = new Map<string, RuleMetadata>();
  private readonly lookups: ((ruleId: string) => RuleMetadata | undefined)[] = [];

  /** Earlier providers win for the same id. */
  constructor(providers: readonly RuleMetadataProvider[]) {
    for (const provider of providers) {
      if (typeof provider === 'function') this.lookups.push(provider);
      else for (const meta of provider) if (!this.lists.has(meta.id)) this.lists.set(meta.id, meta);
    }
  }

  get(ruleId: string): RuleMetadata | undefined {
    const listed = this.lists.get(ruleId);
    if (listed) return listed;
    for (const lookup of this.lookups) {
      const found = lookup(ruleId);
      if (found) return found;
    }
    return undefined;
  }

  /** Ids of every rule the listed providers know (the rules a scan could report), sorted. */
  knownIds(): string[] {
    return [...this.lists.keys()].sort();
  }

  /** The metadata for a finding's rule, or one made from the finding when no provider knows the id. */
  forFinding(finding: Finding): RuleMetadata {
    return (
      this.get(finding.ruleId) ?? {
        id: finding.ruleId,
        title: finding.message,
        severity: finding.severity,
        confidence: finding.confidence,
        ...(finding.tags ? { tags: finding.tags } : {}),
      }
    );
  }
}

/** The catalog for a scan: its rules (default: the built-in pack), then the extra providers. */
export function createRuleCatalog(rules: readonly Rule[] = loadBuiltinRules(), extra: readonly RuleMetadataProvider[] = EXTRA_RULE_METADATA): RuleCatalog {
  return new RuleCatalog([ruleMetadataFromRules(rules), ...extra]);
}
