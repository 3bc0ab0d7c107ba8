import type { Rule } from '../rules/schema.js';
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
export declare const EXTRA_RULE_METADATA: RuleMetadataProvider[];
export declare const DEFAULT_SECRET_HELP: string;
export declare function ruleDescription(rule: RuleMetadata): string;
export declare function ruleHelp(rule: RuleMetadata): string;
export declare function ruleCwes(rule: RuleMetadata): readonly number[];
export declare function ruleMetadataFromRules(rules: readonly Rule[]): RuleMetadata[];
export declare class RuleCatalog {
    private readonly lists;
    private readonly lookups;
    /** Earlier providers win for the same id. */
    constructor(providers: readonly RuleMetadataProvider[]);
    get(ruleId: string): RuleMetadata | undefined;
    /** Ids of every rule the listed providers know (the rules a scan could report), sorted. */
    knownIds(): string[];
    /** The metadata for a finding's rule, or one made from the finding when no provider knows the id. */
    forFinding(finding: Finding): RuleMetadata;
}
/** The catalog for a scan: its rules (default: the built-in pack), then the extra providers. */
export declare function createRuleCatalog(rules?: readonly Rule[], extra?: readonly RuleMetadataProvider[]): RuleCatalog;
