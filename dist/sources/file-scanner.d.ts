import type { Engine, ScanTextOptions } from '../engine/engine.js';
import type { Finding, Origin, Skip } from '../types.js';
/** One file to scan: where to read it and how to name it in findings. */
export interface FileTask {
    absolutePath: string;
    displayPath: string;
}
export interface FileBatchResult {
    findings: Finding[];
    skipped: Skip[];
    files: number;
    bytes: number;
}
export interface FileScanOptions {
    maxFileSize: number;
    redact: boolean;
    minConfidence: ScanTextOptions['minConfidence'];
    origin: Origin;
}
/** Read and scan a batch of files with one engine; shared by the main thread and the workers. */
export declare function scanFileBatch(engine: Engine, tasks: readonly FileTask[], options: FileScanOptions): FileBatchResult;
