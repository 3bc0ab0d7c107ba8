import type { Engine, ScanTextOptions } from '../engine/engine.js';
import type { Finding, Origin, Skip } from '../types.js';
import { type ArchiveOptions } from './archive/texts.js';
import { type Chunking } from './read.js';
/** One file to scan: where to read it and how to name it in findings. */
export interface FileTask {
    absolutePath: string;
    displayPath: string;
    /** The content hash an incremental cache holds for this file: when it still matches, the scan is skipped. */
    knownHash?: string;
    /**
     * The path path rules judge (rules' `paths`, the generic rule's skips): relative to the scan
     * root or repository, so folders above it never count. Default: `displayPath`.
     */
    rulePath?: string;
    /** The path's bytes, when a name on it is not valid UTF-8. */
    pathBytes?: Uint8Array;
}
/** What the incremental cache needs to know about a scanned file (`FileScanOptions.record`). */
export interface FileRecord {
    absolutePath: string;
    displayPath: string;
    bytes: number;
    mtimeMs: number;
    hash: string;
    /** The content matched `knownHash`: not scanned, the cached findings stand. */
    unchanged: boolean;
}
export interface FileBatchResult {
    findings: Finding[];
    skipped: Skip[];
    files: number;
    bytes: number;
    /** With `FileScanOptions.record`: one per text file read. */
    records?: FileRecord[];
}
export interface FileScanOptions {
    maxFileSize: number;
    redact: boolean;
    minConfidence: ScanTextOptions['minConfidence'];
    origin: Origin;
    /** Hash each text file and report it in `records` (for the incremental cache). */
    record?: boolean;
    /** How files too large for one string are cut (tests pass small sizes). */
    chunking?: Chunking;
    /** Archives are opened within these limits (entries are limited by `maxFileSize`); absent: not opened. */
    archives?: ArchiveOptions;
}
export declare function contentHash(text: string): string;
/** Read and scan a batch of files with one engine; shared by the main thread and the workers. */
export declare function scanFileBatch(engine: Engine, tasks: readonly FileTask[], options: FileScanOptions): FileBatchResult;
