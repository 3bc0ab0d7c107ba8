/**
 * Data sources and resources that copy a secret into Terraform state, with the attribute that
 * holds it and the fix that keeps it out: the matching ephemeral resource (Terraform >= 1.10,
 * never written to state or plan) or write-only argument (Terraform >= 1.11, always null in
 * state). Facts from the providers' documentation and tflint-ruleset-aws's generated lists;
 * see /shared/research/terraform-secrets.md section 1. Kept as data: adding a block type is
 * adding an entry, no code.
 */
export interface WriteOnlyPair {
    /** The argument whose value lands in state. */
    argument: string;
    /** Its write-only twin. */
    writeOnly: string;
    /** The trigger to bump when the write-only value changes (`*_wo_version`, or `*_wo_revision`). */
    version: string;
}
/** An argument test: present and not false/null, or equal to a given literal. */
export interface ArgumentCondition {
    argument: string;
    equals?: string | boolean;
}
export interface SecretStateEntry {
    provider: string;
    kind: 'data' | 'resource';
    type: string;
    /** Attributes that hold the secret in state. */
    attributes: string[];
    /**
     * `always`: the block puts a secret in state whenever it exists (data sources, generated
     * secrets). `when-set`: only when one of `attributes` is set as an argument.
     */
    stored: 'always' | 'when-set';
    /** The block stores a secret only when this holds (e.g. an SSM parameter of type SecureString). */
    onlyWhen?: ArgumentCondition;
    /** Any of these keeps the secret out of plain state (e.g. `pgp_key` encrypts it first). */
    safeWhen?: ArgumentCondition[];
    /** The ephemeral resource type that reads or makes the same secret without storing it. */
    ephemeral?: string;
    writeOnly?: WriteOnlyPair[];
    /** Fix advice beyond (or instead of) the ephemeral resource and write-only arguments. */
    advice?: string;
}
export declare const SECRET_STATE_CATALOGUE: readonly SecretStateEntry[];
export declare function catalogueEntry(kind: 'data' | 'resource', type: string): SecretStateEntry | undefined;
/** The fix, in words: ephemeral resource, write-only arguments, then any advice. */
export declare function fixFor(entry: SecretStateEntry): string;
