/**
 * Named structural checks a rule can ask for with `validate:`. A checksum proves the value was
 * minted by the issuer (its failure lowers confidence: it may still be a hand-edited real token);
 * a structure check proves the value is what the regex guessed (its failure drops the match).
 */
export declare const VALIDATOR_NAMES: readonly ["crc32-base62", "crc32-gitlab", "crc32-grafana", "bech32", "pem-der", "jwt", "base64", "base64-credential", "basic-auth", "ntlm-authenticate", "base64-private-key", "nkey-seed", "aws-sts-token"];
export type ValidatorName = (typeof VALIDATOR_NAMES)[number];
export interface Validator {
    /**
     * What a failed check means for the finding: `drop` (not what the regex guessed), `downgrade`
     * (one step lower: a hand-edited or truncated copy), `low` (the shape, but not the structure).
     */
    onFail: 'drop' | 'downgrade' | 'low';
    check(secret: string): boolean;
    /** A value that passes `check` but looks like an example (confidence becomes low). */
    weak?(secret: string): boolean;
    /**
     * A value that fails `check` but keeps enough of the structure to be an edited copy of the
     * real thing (one JWT part still decodes): reported at low instead of `onFail`.
     */
    edited?(secret: string): boolean;
    /**
     * Passing proves a binary structure (an NTLM message, a DER key): runs of one character there
     * are zero bytes and padding, not a hand-made fixture.
     */
    provesStructure?: boolean;
}
export declare function crc32(value: string): number;
export declare function base62(n: number, width: number): string;
export declare const VALIDATORS: Record<ValidatorName, Validator>;
