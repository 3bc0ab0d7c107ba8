import type { Engine, ScanTextOptions } from '../../engine/engine.js';
import type { Finding, Origin, Skip } from '../../types.js';
import { type ArchiveOptions } from '../archive/texts.js';
import { type TextEncoding } from '../decode.js';
import type { GitObject, ObjectReader } from './object-reader.js';
/**
 * Scans git blobs read through an `ObjectReader`: the same encoding sniff and decoding as files on
 * disk (src/sources/decode.ts), the same engine. Shared by the history workers, the history scan
 * on one thread, and the staged scan.
 */
export interface BlobTask {
    oid: string;
    /** A path the blob has in the history; selects path-limited rules and names skips. */
    path: string;
}
export interface BlobScanOptions {
    redact: boolean;
    minConfidence: ScanTextOptions['minConfidence'];
    origin: Origin;
    maxFileSize: number;
    /** Archive blobs are opened within these limits, as `scan` opens archive files; absent: not opened. */
    archives?: ArchiveOptions;
}
export interface BlobFindings {
    oid: string;
    /** The findings, or only their attribution keys when the batch was scanned with `keysOnly`. */
    findings: Finding[];
    keys: number[];
    /** Set when the blob was not UTF-8 (git's own diffs take such a blob for binary). */
    encoding?: TextEncoding;
    /** Set when the blob is an archive: its findings are named `path!inner/path`. */
    archive?: true;
}
export interface BlobBatchResult {
    /** Only blobs with findings are listed. */
    found: BlobFindings[];
    skipped: Skip[];
    files: number;
    bytes: number;
}
/**
 * Scans the versions of a file one after another, each against the one before it. A version
 * of a file whose previous version had no findings can only have a finding where it differs:
 * so only the changed lines (plus context) are scanned, and only if one of them has a finding
 * is the whole version scanned, which gives its exact findings. Rules with narrow windows are
 * covered by the context lines; rules with wide ones (private keys) could see a change from far
 * away, so a version holding one of their keywords is always scanned whole; whether it holds
 * one is itself tracked from version to version (unchanged bytes hold what the previous version
 * held), so only changed lines are searched for them. On webpack's history, with the built-in
 * pack, this hands the engine 16% of the bytes.
 */
export declare class VersionScanner {
    private readonly engine;
    private readonly options;
    /** False: scan every blob whole (for unrelated files, such as the ones a commit stages). */
    private readonly incremental;
    private previous;
    /** One case-insensitive alternation of the wide-window rules' keywords (undefined when there are none). */
    private readonly windowKeywords;
    private readonly contextLines;
    /** Bytes actually handed to the engine (for the benchmark). */
    scannedBytes: number;
    constructor(engine: Engine, options: BlobScanOptions, 
    /** False: scan every blob whole (for unrelated files, such as the ones a commit stages). */
    incremental?: boolean);
    /** Forget the previous version (the next blob starts a new sequence). */
    reset(): void;
    scan(object: GitObject, path: string): ScannedBlob | {
        skip: Skip;
    };
    private scanArchive;
    private scanWhole;
    private regionsHaveFindings;
    private holdsWindowKeyword;
}
interface ScannedBlob {
    findings: Finding[];
    bytes: number;
    encoding: TextEncoding;
    /** An archive: its findings are named `path!inner/path`, `skipped` holds its entries' skips. */
    archive?: true;
    skipped?: Skip[];
}
/**
 * Reads and scans a batch of blobs through one reader. Consecutive blobs with the same path are
 * taken as successive versions of one file (the history scan sends them grouped that way).
 */
export declare function scanBlobBatch(scanner: VersionScanner, reader: ObjectReader, tasks: readonly BlobTask[], options?: {
    keysOnly?: boolean;
}): Promise<BlobBatchResult>;
export {};
