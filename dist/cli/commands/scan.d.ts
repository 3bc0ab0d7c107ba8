import { type Command } from 'commander';
import { type LoadConfigOptions, type ResolvedConfig } from '../../config/load.js';
import type { Rule } from '../../rules/schema.js';
import { type Confidence, type ScanResult } from '../../types.js';
import { type CliContext } from '../context.js';
import { type ReportFlags } from '../report-output.js';
import type { Shard } from '../../shard/shard.js';
/** What configures a scan: where the config is, and the limits that override it. */
export interface ConfigFlags {
    /** A path from --config, or false from --no-config. */
    config?: string | false;
    maxFileSize?: number;
    minConfidence?: Confidence;
    maxArchiveDepth?: number;
}
/** The tree source's own flags (scan and baseline). */
export interface TreeFlags {
    threads?: number;
    gitignore: boolean;
    followSymlinks?: boolean;
    shard?: Shard;
    cache?: boolean;
    cacheLocation?: string;
    followExternalSymlinks?: boolean;
}
export interface ScanFlags extends ReportFlags, ConfigFlags, TreeFlags {
    redact: boolean;
    stdinFilename?: string;
}
/** `--config`, `--no-config` and the limits every command that scans takes. */
export declare function addConfigOptions(command: Command): Command;
/** Which `.leakgateignore` applies. */
export declare function addIgnoreFileOptions(command: Command): Command;
/** Options every scanning command shares (scan, staged, history): one definition, one meaning. */
export declare function addCommonScanOptions(command: Command): Command;
/** Where reports go and in which formats (every scanning command, and `merge`). */
export declare function addReportOptions(command: Command): Command;
/** Options of the tree source (files and folders on disk). */
export declare function addTreeOptions(command: Command): Command;
export declare function configOptions(ctx: CliContext, flags: Pick<ConfigFlags, 'config'>): LoadConfigOptions;
/** `-` (or `/dev/stdin`) on the command line: read the text to scan from stdin. */
export declare function isStdinPath(path: string): boolean;
/** Scan roots that share a config, and that config. */
interface ConfigGroup {
    config: ResolvedConfig;
    paths: string[];
}
/**
 * Each root gets the config nearest to it (searched from the root up to its repository root),
 * not the one nearest to the cwd: a tree's config belongs to that tree. Roots that share a config
 * are scanned together. `--config` and `--no-config` apply one config to every root.
 */
export declare function configGroups(ctx: CliContext, paths: readonly string[], flags: Pick<ConfigFlags, 'config'>, stdinName?: string): ConfigGroup[];
/**
 * The `.leakgateignore` for the roots when none is named: like a config, the one nearest to what
 * is scanned (up to its repository root), when every root shares it; with roots in trees that
 * have different ones, the one nearest to the cwd (unset). False: the scanned tree has none.
 */
export declare function treeIgnoreFile(ctx: CliContext, paths: readonly string[], flags: {
    ignoreFile?: string | false;
    stdinFilename?: string;
}): string | false | undefined;
/** Flags that say how to scan roots and piped text. */
type RootScanFlags = ConfigFlags & TreeFlags & {
    redact: boolean;
    quiet?: boolean;
    stdinFilename?: string;
};
/**
 * Scans the roots named on the command line, each with its own config, piped text included;
 * returns one result and the rules that ran (for the reports' rule descriptions).
 */
export declare function scanRoots(ctx: CliContext, paths: readonly string[], flags: RootScanFlags): Promise<{
    result: ScanResult;
    rules: Rule[];
}>;
/** Walks and scans paths with a progress line on a terminal (shared by scan and baseline). */
export declare function scanTree(ctx: CliContext, paths: readonly string[], config: ResolvedConfig, flags: ConfigFlags & TreeFlags & {
    redact: boolean;
    quiet?: boolean;
}): Promise<ScanResult>;
export declare function registerScan(program: Command, ctx: CliContext): void;
export {};
