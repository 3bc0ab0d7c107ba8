import { type ResolvedConfig } from '../../config/load.js';
import type { Confidence, Environment, ScanResult } from '../../types.js';
/**
 * The staged scan, for pre-commit hooks: what the commit will contain is the index, not the
 * work tree (a file can be staged and then edited, or edited and not staged). The index's blobs
 * are read from git's object database, never from disk, and `GIT_INDEX_FILE` is inherited, so
 * `git commit -a` and `git commit <paths>` (which run hooks on a temporary index) are scanned
 * right. By default only findings on lines this commit adds fail it; secrets already committed
 * are history's business (`leakgate history`).
 */
export interface ScanStagedOptions {
    config?: ResolvedConfig;
    cwd?: string;
    env?: Environment;
    /** Gate on every finding in the staged files, not only on added lines. */
    allLines?: boolean;
    redact?: boolean;
    minConfidence?: Confidence;
    maxFileSize?: number;
    /** Archive blobs are opened down to this depth, as `scan` opens archive files; 0: not opened (default 3). */
    maxArchiveDepth?: number;
}
export declare function scanStaged(options?: ScanStagedOptions): Promise<ScanResult>;
