import { type ResolvedConfig } from '../config/load.js';
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
    /** Run the Terraform analyzer on the Terraform files found (default true). */
    terraform?: boolean;
    /** Called now and then with running totals (for a progress line). */
    onProgress?: (progress: {
        files: number;
        bytes: number;
    }) => void;
}
/** Scans files and folders on disk: the tree source. */
export declare function scanPaths(paths: readonly string[], options?: ScanPathsOptions): Promise<ScanResult>;
