import type { Severity } from '../types.js';
/**
 * The Terraform analyzer's rules as data, for reports that list rules (SARIF), for
 * `disabledRules` in the config, and for the README. Severity is the default; state exposure
 * takes its severity from how the state is stored.
 */
export interface TerraformRule {
    id: string;
    /** One line: what was found. */
    description: string;
    severity: Severity;
    /**
     * What a finding points at: a secret value (located at it, `secret` redacted), a block or
     * expression (`secret` is its Terraform address), or a whole file (`secret` is its name).
     */
    locates: 'secret' | 'block' | 'file';
    /** Why it matters and how to fix it. */
    help: string;
    tags: string[];
}
export declare const TERRAFORM_RULES: readonly [{
    readonly id: "terraform-state-exposure";
    readonly description: "Secret copied into Terraform state that is not encrypted with a key you control";
    readonly severity: "high";
    readonly locates: "block";
    readonly help: string;
    readonly tags: ["terraform", "state"];
}, {
    readonly id: "terraform-committed-state";
    readonly description: "Terraform state or plan file committed to the repository";
    readonly severity: "critical";
    readonly locates: "file";
    readonly help: string;
    readonly tags: ["terraform", "state"];
}, {
    readonly id: "terraform-hardcoded-secret";
    readonly description: "Hardcoded secret in a Terraform attribute";
    readonly severity: "high";
    readonly locates: "secret";
    readonly help: string;
    readonly tags: ["terraform", "hygiene"];
}, {
    readonly id: "terraform-secret-variable-default";
    readonly description: "Secret variable with a hardcoded default value";
    readonly severity: "high";
    readonly locates: "secret";
    readonly help: "A default on a secret variable is a hardcoded secret. Fix: remove the default and supply the value at run time (TF_VAR_name, a secret manager, CI secrets).";
    readonly tags: ["terraform", "hygiene"];
}, {
    readonly id: "terraform-tfvars-secret";
    readonly description: "Secret value in a Terraform variable definitions file";
    readonly severity: "high";
    readonly locates: "secret";
    readonly help: string;
    readonly tags: ["terraform", "hygiene"];
}, {
    readonly id: "terraform-variable-not-sensitive";
    readonly description: "Secret-named variable without sensitive = true";
    readonly severity: "low";
    readonly locates: "block";
    readonly help: string;
    readonly tags: ["terraform", "hygiene"];
}, {
    readonly id: "terraform-output-not-sensitive";
    readonly description: "Output exposes a secret without sensitive = true";
    readonly severity: "medium";
    readonly locates: "block";
    readonly help: string;
    readonly tags: ["terraform", "hygiene"];
}, {
    readonly id: "terraform-nonsensitive-secret";
    readonly description: "nonsensitive() removes the sensitive mark from a secret";
    readonly severity: "medium";
    readonly locates: "block";
    readonly help: string;
    readonly tags: ["terraform", "hygiene"];
}];
export type TerraformRuleId = (typeof TERRAFORM_RULES)[number]['id'];
export declare const TERRAFORM_RULE_IDS: readonly TerraformRuleId[];
export declare function terraformRule(id: TerraformRuleId): TerraformRule;
