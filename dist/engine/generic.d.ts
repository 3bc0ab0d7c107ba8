import type { Confidence } from '../types.js';
export declare function splitIdentifier(name: string): string[];
/**
 * Whether an assignee name (`DB_PASSWORD`, `stripeApiKey`, `client-secret`) names a secret: it
 * holds a secret word that no later component turns into metadata (`password_file`) and no
 * earlier one into a non-credential (`csrf_token`, `publicKey`).
 */
export declare function namesSecret(name: string): boolean;
/**
 * The secret word that makes a name name a secret (`password` in `DB_PASSWORD`), if it does.
 * `list`: the name is bound to a list of literals, where a plural (`tokens`, `API_KEYS`) names its
 * elements; elsewhere a plural is prose or a collection (`access tokens: dckr_pat_`, `sort_keys`).
 */
export declare function secretWordOf(name: string, lifecycle?: boolean, list?: boolean): string | undefined;
/** Whether a secret word names something a person chooses (`password`, `pwd`, `passphrase`). */
export declare function isPasswordWord(word: string | undefined): boolean;
/** The secret word of an assignee, whether assigned to (`DB_PASSWORD = ...`) or set (`setPassword(...)`). */
export declare function secretWordOfAssignee(name: string): string | undefined;
/** Whether a name says a person chose its value (`DB_PASSWORD`, `rootPwd`, `DEFAULT_PASS`): weak values count there. */
export declare function namesPassword(name: string): boolean;
/** A path's extension, lower-cased; a leading dot starts a name (`.npmrc`), not an extension. */
export declare function extensionOf(path: string | undefined): string | undefined;
export declare function isCodePath(path: string | undefined): boolean;
/** A configuration file: by extension (`docker-compose.yml` too), or `.env`, `.env.local`, `Dockerfile`. */
export declare function isConfigPath(path: string | undefined): boolean;
/** Lockfiles, checksum databases, translation catalogs, source maps and minified bundles. */
export declare function isNotConfigPath(path: string | undefined): boolean;
/** A name or a piece of data (see NAME_SHAPED and NOT_A_SECRET): not a secret by itself. */
export declare function looksLikeData(value: string): boolean;
export interface GenericCandidate {
    name: string;
    /** Up to 40 characters before the name (what the name is part of: a URL query, a call). */
    before?: string;
    value: string;
    quoted: boolean;
    /** The quote character around the value, if any. */
    quote?: string;
    /** What joins the name to the value (`" = "`, `": "`, `"', '"`). */
    between?: string;
    /** The rest of the value's line, up to 40 characters. */
    after?: string;
    path?: string;
}
export interface ValueScore {
    length: number;
    classes: number;
    /** Shannon entropy, bits per character. */
    entropy: number;
    /** Entropy relative to the most a string of this length and alphabet can have (0..1). */
    entropyRatio: number;
    /** BPE characters per token: ~1-2 random, >= 3 words. Computed only when needed. */
    charsPerToken?: number;
}
export interface ScoreOptions {
    /**
     * The value is a password a person chose (a password-named key in a configuration file): a
     * word, a name-shaped value or a passphrase is a weak password there (`low`), not a label.
     */
    wordsArePasswords?: boolean;
    /** Spaced values are passphrases (default: as `wordsArePasswords`). */
    passphrases?: boolean;
}
/**
 * Scores a value alone (no name, no path): undefined when it is data, a name or a word;
 * `low` when built by hand.
 */
export declare function scoreValue(value: string, options?: ScoreOptions): {
    confidence: Confidence;
    score: ValueScore;
} | undefined;
/**
 * A value in a slot that holds a credential by construction (the password of a URL, a `curl -u`
 * argument, a Kubernetes Secret's data), scored alone. Generated-looking values get their score;
 * anything else that is not data or code is still a password there (`user:pass@host`,
 * `admin:Summer2024`, base64 of `admin:password`): `low`.
 */
export declare function scoreSlotValue(value: string): Confidence | undefined;
export declare function scoreGenericSecret({ name, before, between, value, after, quoted, quote, path }: GenericCandidate): Confidence | undefined;
