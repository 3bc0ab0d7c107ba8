import { type ResolvedConfig } from '../config/load.js';
import { type Shard } from '../shard/shard.js';
import type { Confidence, ScanResult } from '../types.js';
export { sortFindings } from './sort-findings.js';
export interface ScanPathsOptions {
    /** Resolved config; loaded from `cwd` when omitted. */
    config?: ResolvedConfig;
    cwd?: string;
    /** Worker threads; 1 scans on the calling thread. Default: up to 4, one per core. */
    threads?: number;
    redact?: boolean;
    minConfidence?: Confidence;
    maxFileSize?: number;
    gitignore?: boolean;
    followSymlinks?: boolean;
    /** With `followSymlinks`: also follow links that lead outside the scan roots. */
    followExternalSymlinks?: boolean;
    /** Archives inside archives are opened down to this depth; 0: archives are not opened (default 3). */
    maxArchiveDepth?: number;
    /** Run the Terraform analyzer on the Terraform files found (default true). */
    terraform?: boolean;
    /** Called now and then with running totals (for a progress line). */
    onProgress?: (progress: {
        files: number;
        bytes: number;
    }) => void;
    /** Scan only this shard's files (by path hash); Terraform and state files all go to shard 1. */
    shard?: Shard;
    /**
     * The incremental cache file (`--cache`): files unchanged since it was written are not scanned
     * again. Ignored (with a warning) when findings are not redacted: secrets are never written to it.
     */
    cacheFile?: string;
}
/** Scans files and folders on disk: the tree source. */
export declare function scanPaths(paths: readonly string[], options?: ScanPathsOptions): Promise<ScanResult>;
