/**
 * The closest of `candidates` to a mistyped `word`, if one is close enough to be a likely typo
 * (edit distance, adjacent swaps counting as one edit): for unknown commands and config keys.
 */
export declare function didYouMean(word: string, candidates: readonly string[]): string | undefined;
