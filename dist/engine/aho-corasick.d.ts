/**
 * ASCII case-insensitive Aho-Corasick automaton over every rule's keywords: one pass over the
 * text tells which keywords occur and where, before any regex runs. Transitions are a dense
 * DFA table over the character classes the keywords use (ASCII, case folded), so the inner loop
 * is two small-table reads per character; any other character sends the automaton back to the
 * root (keywords are ASCII).
 */
export interface KeywordHit {
    keyword: number;
    /** Index just past the keyword's last character. */
    end: number;
}
export declare class KeywordAutomaton {
    readonly keywords: readonly string[];
    /** ASCII code -> character class: 0 for a character no keyword holds; upper case folds onto lower. */
    private readonly classOf;
    private readonly classCount;
    /**
     * Next state by (state, class), `state * classCount + class`. Classes instead of 128 ASCII
     * codes keep the table a fifth of the size (hundreds of KiB rather than ~2 MiB for the built-in
     * rules), so it stays in cache: the scan reads it once per character.
     */
    private readonly delta;
    /** For each state, the keyword ids it completes (own and inherited through failure links). */
    private readonly outputs;
    /** 1 where `outputs` has an entry: one byte read per character instead of an array slot. */
    private readonly emits;
    constructor(keywords: readonly string[]);
    /** Calls `onHit(keywordId, endIndex)` for every keyword occurrence in `text[from, to)`. */
    scan(text: string, onHit: (keyword: number, end: number) => void, from?: number, to?: number): void;
    /** Every hit, in text order. */
    findAll(text: string): KeywordHit[];
}
