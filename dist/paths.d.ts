/**
 * The two ways leakgate names a path, in one place, so the walker, the ESLint rule, config
 * excludes and messages always agree (a finding's `file` is the same from every door).
 */
/** `/`-separated, whatever the platform writes. */
export declare function toPosix(path: string): string;
/** As the user would write it from `cwd`: relative when inside it (`.` for `cwd` itself), else absolute. */
export declare function displayPath(absolute: string, cwd: string): string;
/** Whether `absolute` is `base` or below it. */
export declare function isWithin(base: string, absolute: string): boolean;
/**
 * Relative to `base` for matching its globs; outside it, the absolute path without its root, so
 * that only unanchored patterns (`yarn.lock`, `*.min.js`) can match.
 */
export declare function pathFromBase(base: string, absolute: string): string;
