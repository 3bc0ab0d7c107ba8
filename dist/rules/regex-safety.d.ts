export interface RegexSafetyOptions {
    /**
     * Refuse a leading quantified class (default true). Scanning regexes run over whole lines;
     * allow regexes run only on a captured secret, where a leading class costs nothing.
     */
    scansLines?: boolean;
}
export declare function checkRegexSafety(source: string, flags: string, options?: RegexSafetyOptions): string | undefined;
export interface RegexProbe {
    /** How errors name the regex, e.g. `rule "acme-token"`. */
    id: string;
    source: string;
    flags: string;
    keywords: readonly string[];
}
/**
 * Runs each regex over adversarial lines built from its keywords, from 16 characters doubling
 * to 4 KiB, and fails a rule as soon as one line takes longer than `budgetMs`. It runs in a
 * worker thread that the caller waits for synchronously (Atomics.wait, so the ESLint rule's
 * config loading stays synchronous) and terminates after `timeoutMs`: an exponential regex
 * would otherwise hang the probe itself. Used on custom rules at load.
 */
export declare function probeRegexSpeeds(probes: readonly RegexProbe[], budgetMs?: number, timeoutMs?: number): string | undefined;
