/** Byte strings (one char per byte, latin1) to ranks. */
export interface RankTable {
    pattern: string;
    rankOf(bytes: string): number | undefined;
}
/** js-tiktoken's cl100k_base ranks as [byte string, rank] pairs. */
export declare function readTiktokenRanks(): {
    pattern: string;
    entries: Array<[string, number]>;
};
/**
 * The binary table: "LGBPE1", u32 count, u32 pattern length, the pattern (UTF-8), padding to 4,
 * u32 offsets[count + 1] and u32 ranks[count] (tokens sorted by byte string), then the bytes.
 */
export declare function encodeRankTable(pattern: string, entries: Array<[string, number]>): Buffer;
/** A table over an encoded buffer: bisection on the sorted byte strings, no per-token allocation. */
export declare function decodeRankTable(buffer: Buffer): RankTable;
/** Builds (or loads) the tables now; returns the milliseconds it took (0 when already loaded). */
export declare function preloadBpe(): number;
/** Number of cl100k_base tokens of a text (no special tokens), with a given table or the default one. */
export declare function countTokens(text: string, ranks?: RankTable): number;
/** Characters per token: about 1-2 for random strings, 3 and more for words and identifiers. */
export declare function charsPerToken(text: string): number;
