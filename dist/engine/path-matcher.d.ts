/**
 * The one path matcher, with gitignore semantics, used for `.gitignore` files, config
 * `exclude` globs and rules' `paths`, so a pattern means the same thing everywhere:
 * - `#` starts a comment, `!` negates, the last matching pattern wins;
 * - a trailing `/` matches folders only;
 * - a pattern with a `/` before its end is anchored to the pattern file's folder, otherwise it
 *   matches a name at any depth;
 * - `*` and `?` stop at `/`, `**` crosses folders, `[...]` is a character class.
 * Patterns compile to one regex each, once; literal names go to a set. Callers test paths
 * relative to the pattern file's folder, `/`-separated, and walk folders top-down, so a path
 * under an ignored folder is never asked about (git cannot re-include below an ignored folder
 * either).
 */
export type MatchVerdict = 'ignored' | 'included' | undefined;
export declare class PathMatcher {
    private readonly patterns;
    /** Plain names (no wildcard, no slash, no negation) when no negation follows them. */
    private readonly literalNames;
    private readonly literalDirNames;
    constructor(patterns: readonly string[] | string);
    get isEmpty(): boolean;
    /** Whether a path (relative, `/`-separated) is matched; `isDir` for folders. */
    verdict(relativePath: string, isDir: boolean): MatchVerdict;
    /**
     * Whether a path is matched, itself or through a parent folder: for callers that test a
     * path out of walking order (rule `paths`, explicit files).
     */
    matches(relativePath: string): boolean;
}
export declare function createPathMatcher(patterns: readonly string[]): (relativePath: string) => boolean;
