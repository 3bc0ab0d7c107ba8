import { type Command } from 'commander';
import { type LoadConfigOptions, type ResolvedConfig } from '../../config/load.js';
import { type Confidence, type ScanResult } from '../../types.js';
import { type CliContext } from '../context.js';
import { type ReportFlags } from '../report-output.js';
/** What configures a scan: where the config is, and the limits that override it. */
export interface ConfigFlags {
    /** A path from --config, or false from --no-config. */
    config?: string | false;
    maxFileSize?: number;
    minConfidence?: Confidence;
}
/** The tree source's own flags (scan and baseline). */
export interface TreeFlags {
    threads?: number;
    gitignore: boolean;
    followSymlinks?: boolean;
}
export interface ScanFlags extends ReportFlags, ConfigFlags, TreeFlags {
    redact: boolean;
}
/** `--config`, `--no-config` and the limits every command that scans takes. */
export declare function addConfigOptions(command: Command): Command;
/** Which `.leakgateignore` applies. */
export declare function addIgnoreFileOptions(command: Command): Command;
/** Options every scanning command shares (scan, staged, history): one definition, one meaning. */
export declare function addCommonScanOptions(command: Command): Command;
/** Options of the tree source (files and folders on disk). */
export declare function addTreeOptions(command: Command): Command;
export declare function configOptions(ctx: CliContext, flags: Pick<ConfigFlags, 'config'>): LoadConfigOptions;
/** Walks and scans paths with a progress line on a terminal (shared by scan and baseline). */
export declare function scanTree(ctx: CliContext, paths: readonly string[], config: ResolvedConfig, flags: ConfigFlags & TreeFlags & {
    redact: boolean;
    quiet?: boolean;
}): Promise<ScanResult>;
export declare function registerScan(program: Command, ctx: CliContext): void;
