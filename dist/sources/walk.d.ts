import type { Skip } from '../types.js';
/**
 * The one tree walker. It honours `.gitignore` files the way git does (each file's patterns are
 * relative to its folder, deeper files can re-include, and the repository's
 * `.git/info/exclude` applies), plus the config's `exclude` globs. Paths named on the command
 * line are always walked even if ignored, as ripgrep does; config excludes still apply to them.
 * Symlinks are not followed unless asked; when followed, a loop is detected by real path, and
 * a link leading outside the scan roots is reported and not followed unless that is asked too.
 * FIFOs, sockets and devices are reported, never opened. Relative paths are built while
 * descending, so no per-file path arithmetic is needed. A name that is not valid UTF-8 is
 * opened by its bytes and shown escaped.
 */
export interface WalkOptions {
    /** Folder that relative paths are resolved against (default: the process cwd). */
    cwd?: string;
    /**
     * Config excludes: `patterns` are globs relative to `baseDir` and apply below it only; outside
     * it only `outside` applies (the built-in defaults: a config speaks for its own tree).
     */
    exclude?: {
        baseDir: string;
        patterns: readonly string[];
        outside?: readonly string[];
    };
    /** Honour .gitignore files (default true). */
    gitignore?: boolean;
    followSymlinks?: boolean;
    /** Also follow links whose target is outside every scan root (default: report them, do not follow). */
    followExternalSymlinks?: boolean;
}
export interface WalkedFile {
    absolutePath: string;
    /** The file's path as the user would write it from the cwd: `/`-separated, relative when inside it. */
    displayPath: string;
    /**
     * The path path rules judge: relative to the repository holding the scan root, or to the
     * scan root outside a repository (a named file: its name), never with folders above it.
     */
    rulePath: string;
    /** The path's bytes when a name on it is not valid UTF-8 (`absolutePath` is then only approximate). */
    pathBytes?: Uint8Array;
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
