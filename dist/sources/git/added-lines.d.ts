/**
 * The lines a diff adds, per new path: parsed from `git diff -U0` output by walking each hunk's
 * body (so inter-hunk context a user's config may add is never mistaken for added lines).
 */
export type AddedLines = Map<string, Set<number>>;
export declare function parseAddedLines(diff: string): AddedLines;
/** Undoes git's C-style quoting of unusual paths (`"a\tb\303\251"`), octal escapes being UTF-8 bytes. */
export declare function unquoteC(quoted: string): string;
