import { type ResolvedConfig } from '../../config/load.js';
import { type Shard } from '../../shard/shard.js';
import type { Confidence, Environment, RevisionSelection, ScanResult } from '../../types.js';
/**
 * The history scan. One pass over `git log --raw` (tree diffs only) finds every blob the
 * selected commits introduced and remembers each change; each unique blob is then read once,
 * by worker threads that each stream their share from their own `git cat-file --batch`, the
 * versions of a file in a row so that only what changed is scanned (VersionScanner). Only
 * blobs with findings are then attributed to the commits that introduced their secrets (see
 * attribution.ts), with the path at that commit and the line in that version.
 *
 *   git log --raw ─► new blob ids ─► git cat-file --batch-check (sizes) ─► chunks ─► workers
 *                                                                      (cat-file --batch + engine)
 */
export interface ScanHistoryOptions extends RevisionSelection {
    config?: ResolvedConfig;
    /** A folder inside the repository (default: the current folder). */
    cwd?: string;
    env?: Environment;
    /** Worker threads; 1 scans on the calling thread. Default: one per core, up to 3. */
    threads?: number;
    redact?: boolean;
    minConfidence?: Confidence;
    maxFileSize?: number;
    /** Archive blobs are opened down to this depth, as `scan` opens archive files; 0: not opened (default 3). */
    maxArchiveDepth?: number;
    onProgress?: (progress: {
        files: number;
        bytes: number;
    }) => void;
    /** Scan only this shard's blobs (by blob id): each blob is scanned, and reported, by exactly one shard. */
    shard?: Shard;
}
export declare function scanHistory(options?: ScanHistoryOptions): Promise<ScanResult>;
