import type { Engine, ScanTextOptions } from '../engine/engine.js';
import type { Finding, Origin, Skip } from '../types.js';
import { readTextFile } from './read.js';

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
export function scanFileBatch(engine: Engine, tasks: readonly FileTask[], options: FileScanOptions): FileBatchResult {
  const result: FileBatchResult = { findings: [], skipped: [], files: 0, bytes: 0 };
  for (const task of tasks) {
    const read = readTextFile(task.absolutePath, options.maxFileSize);
    if ('skip' in read) {
      result.skipped.push({ file: task.displayPath, ...read.skip });
      continue;
    }
    result.files += 1;
    result.bytes += read.bytes;
    const findings = engine.scanText(read.text, {
      path: task.displayPath,
      origin: options.origin,
      redact: options.redact,
      minConfidence: options.minConfidence,
    });
    for (const finding of findings) result.findings.push(finding);
  }
  return result;
}
