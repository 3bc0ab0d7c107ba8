import { createHash } from 'node:crypto';
import type { Engine, ScanTextOptions } from '../engine/engine.js';
import type { HclTree } from '../terraform/hcl.js';
import type { Finding, Origin, Skip } from '../types.js';
import { readTextFile } from './read.js';

/** One file to scan: where to read it and how to name it in findings. */
export interface FileTask {
  absolutePath: string;
  displayPath: string;
  /** The content hash an incremental cache holds for this file: when it still matches, the scan is skipped. */
  knownHash?: string;
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
  /** Terraform files a worker parsed for the analyzer (see terraform-parse.ts). */
  terraform?: { absolutePath: string; tree: HclTree }[];
}

export interface FileScanOptions {
  maxFileSize: number;
  redact: boolean;
  minConfidence: ScanTextOptions['minConfidence'];
  origin: Origin;
  /** Hash each text file and report it in `records` (for the incremental cache). */
  record?: boolean;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** Read and scan a batch of files with one engine; shared by the main thread and the workers. */
export function scanFileBatch(
  engine: Engine,
  tasks: readonly FileTask[],
  options: FileScanOptions,
  /** Sees each text file read (the worker keeps the Terraform ones to parse). */
  onText?: (task: FileTask, text: string) => void,
): FileBatchResult {
  const result: FileBatchResult = { findings: [], skipped: [], files: 0, bytes: 0 };
  for (const task of tasks) {
    const read = readTextFile(task.absolutePath, options.maxFileSize);
    if ('skip' in read) {
      result.skipped.push({ file: task.displayPath, ...read.skip });
      continue;
    }
    result.files += 1;
    result.bytes += read.bytes;
    onText?.(task, read.text);
    if (options.record) {
      const hash = contentHash(read.text);
      const unchanged = hash === task.knownHash;
      (result.records ??= []).push({ absolutePath: task.absolutePath, displayPath: task.displayPath, bytes: read.bytes, mtimeMs: read.mtimeMs, hash, unchanged });
      if (unchanged) continue;
    }
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
