import type { Skip } from '../types.js';
/**
 * The one tree walker. It honours `.gitignore` files the way git does (each file's patterns are
 * relative to its folder, deeper files can re-include, and the repository's
 * `.git/info/exclude` applies), plus the config's `exclude` globs. Paths named on the command
 * line are always walked even if ignored, as ripgrep does; config excludes still apply to them.
 * Symlinks are not followed unless asked; when followed, a loop is detected by real path.
 * Relative paths are built while descending, so no per-file path arithmetic is needed.
 */
export interface WalkOptions {
    /** Folder that relative paths are resolved against (default: the process cwd). */
    cwd?: string;
    /** Config excludes: globs relative to `baseDir`. */
    exclude?: {
        baseDir: string;
        patterns: readonly string[];
    };
    /** Honour .gitignore files (default true). */
    gitignore?: boolean;
    followSymlinks?: boolean;
}
export interface WalkedFile {
    absolutePath: string;
    /** The file's path as the user would write it from the cwd: `/`-separated, relative when inside it. */
    displayPath: string;
}
export interface WalkRoot {
    absolutePath: string;
    displayPath: string;
    isDirectory: boolean;
}
export interface Walk {
    /** The paths asked for, resolved (analyzers that look beyond the walked files use them). */
    roots: WalkRoot[];
    files: Generator<WalkedFile>;
    /** Filled while the walk proceeds: loops and unreadable folders. */
    skipped: Skip[];
    warnings: string[];
}
export declare function walk(paths: readonly string[], options?: WalkOptions): Walk;
