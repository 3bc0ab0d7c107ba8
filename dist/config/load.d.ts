import { Engine } from '../engine/engine.js';
import type { Rule } from '../rules/schema.js';
import type { Confidence } from '../types.js';
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** Lockfiles and VCS folders: never a place for a secret, often full of hash-like noise. */
export declare const DEFAULT_EXCLUDES: string[];
export declare const CONFIG_SEARCH_PLACES: string[];
/** Everything a scan needs from configuration; plain data, so it can be sent to workers. */
export interface ResolvedConfig {
    /** The config file, if one was found. */
    file?: string;
    /** Folder that `exclude` globs are relative to: the config file's folder, else the cwd. */
    baseDir: string;
    rules: Rule[];
    allow: {
        regexes: string[];
        stopwords: string[];
    };
    exclude: string[];
    maxFileSize: number;
    minConfidence: Confidence;
    /** Terraform analysis settings, and which Terraform rules `disabledRules` turned off. */
    terraform: {
        assumeStateEncryption: boolean;
        showInfo: boolean;
        disabledRules: string[];
    };
    warnings: string[];
}
export interface LoadConfigOptions {
    /** Folder that a relative `configFile` and the paths in messages are relative to (default: the process cwd). */
    cwd?: string;
    /**
     * What is scanned, a file or folder: discovery starts there and goes up to its repository
     * root, so a tree's own config applies wherever leakgate runs from (default: `cwd`).
     */
    from?: string;
    /** An explicit config file (`--config`); it must exist. */
    configFile?: string;
    /** Skip discovery entirely: built-in defaults only. */
    noConfig?: boolean;
    /**
     * A config given as data rather than a file (the ESLint rule's options): validated by the same
     * schema as a file, no discovery; `exclude` globs are relative to `cwd`.
     */
    inline?: unknown;
}
/** The nearest folder holding `.git`, where discovery stops (a repo's config lives at its root or below). */
export declare function repositoryRoot(from: string): string | undefined;
/** Finds, reads and validates the config; synchronous so the ESLint rule can use it too. */
export declare function loadConfigSync(options?: LoadConfigOptions): ResolvedConfig;
/**
 * The config file discovery would pick for `cwd` (same places, same stop at the repository
 * root), without reading it as config: for callers that cache loaded configs by file and mtime.
 * A broken package.json is named relative to `shownFrom` (default: `cwd`).
 */
export declare function findConfigFileSync(cwd: string, options?: {
    shownFrom?: string;
}): string | undefined;
export declare function loadConfig(options?: LoadConfigOptions): Promise<ResolvedConfig>;
export declare function createEngine(config: Pick<ResolvedConfig, 'rules' | 'allow'>): Engine;
/**
 * The exclude globs that apply outside the config's folder: only the built-in defaults, since a
 * config speaks for its own tree (as a `.gitignore` does); inside it, all of `exclude` applies.
 */
export declare function excludesOutside(config: Pick<ResolvedConfig, 'exclude'>): string[];
/** Whether the config's `exclude` globs (and the defaults) rule out a file, given by absolute path. */
export declare function createExcludeMatcher(config: Pick<ResolvedConfig, 'baseDir' | 'exclude'>): (absolutePath: string) => boolean;
