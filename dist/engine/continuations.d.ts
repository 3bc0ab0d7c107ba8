/**
 * Backslash line continuations (shell, Dockerfile, Makefile, C macros, Python): a secret split by
 * one (`export API_TOKEN=\` then the value on the next line, `-H "Authorization: Bearer \` then the
 * token) is one value to the program that reads it. The engine reads the continued lines a second
 * time, joined as a shell joins them, and keeps what it finds there only when the match crosses a
 * join: everything else was judged on the file's own lines, with their own context.
 */
export interface JoinedLines {
    /** Every logical line that had a continuation, joined (`\` + line break removed, indentation kept), one per line. */
    text: string;
    /** Maps an offset in `text` to the offset of the same character in the original. */
    toOriginal(offset: number): number;
    /** Whether a join lies strictly inside `[from, end)` of `text`: a match there needed the continuation. */
    crossesJoin(from: number, end: number): boolean;
}
/** The continued lines of `original`, joined; undefined when it has no continuation. */
export declare function joinContinuations(original: string): JoinedLines | undefined;
