/**
 * ASCII case-insensitive Aho-Corasick automaton over every rule's keywords: one pass over the
 * text tells which keywords occur and where, before any regex runs. Transitions are a dense
 * DFA table over 128 ASCII codes, so the inner loop is one array read per character; any
 * non-ASCII character sends the automaton back to the root (keywords are ASCII).
 */
export interface KeywordHit {
    keyword: number;
    /** Index just past the keyword's last character. */
    end: number;
}
export declare class KeywordAutomaton {
    readonly keywords: readonly string[];
    private readonly delta;
    /** For each state, the keyword ids it completes (own and inherited through failure links). */
    private readonly outputs;
    constructor(keywords: readonly string[]);
    /** Calls `onHit(keywordId, endIndex)` for every keyword occurrence in `text[from, to)`. */
    scan(text: string, onHit: (keyword: number, end: number) => void, from?: number, to?: number): void;
    /** Every hit, in text order. */
    findAll(text: string): KeywordHit[];
}
