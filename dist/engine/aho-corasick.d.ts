/**
 * ASCII case-insensitive Aho-Corasick automaton over every rule's keywords: one pass over the
 * text tells which keywords occur and where, before any regex runs. Transitions are a dense
 * DFA table over the character classes the keywords use (ASCII, case folded), so the inner loop
 * is two table reads per character (its class, then the next state); any other character sends
 * the automaton back to the root (keywords are ASCII).
 */
export interface KeywordHit {
    keyword: number;
    /** Index just past the keyword's last character. */
    end: number;
}
export declare class KeywordAutomaton {
    readonly keywords: readonly string[];
    /**
     * UTF-16 code unit -> character class: 0 for a character no keyword holds (every non-ASCII
     * one); upper case folds onto lower. One read per character, no range check.
     */
    private readonly classOf;
    private readonly classCount;
    /**
     * The transitions as one table read per character: the entry at `row + class` is the next
     * state's row (`state * classCount`), or, for a state that completes keywords, `-row - 1`.
     * Classes instead of 128 ASCII codes keep the table small enough to stay in cache; row offsets
     * save a multiplication, and the sign saves a second read to learn whether a keyword ended.
     */
    private readonly next;
    /** For each state, the keyword ids it completes (own and inherited through failure links). */
    private readonly outputs;
    constructor(keywords: readonly string[]);
    /** Calls `onHit(keywordId, endIndex)` for every keyword occurrence in `text[from, to)`. */
    scan(text: string, onHit: (keyword: number, end: number) => void, from?: number, to?: number): void;
    /** Every hit, in text order. */
    findAll(text: string): KeywordHit[];
}
