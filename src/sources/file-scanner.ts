import type { Engine, ScanTextOptions } from '../engine/engine.js';
import type { Finding, Origin, Skip } from '../types.js';
import { DEFAULT_CHUNKING, readTextInChunks, type Chunking, type TextChunk } from './read.js';

/** One file to scan: where to read it and how to name it in findings. */
export interface FileTask {
  absolutePath: string;
  displayPath: string;
  /**
   * The path path rules judge (rules' `paths`, the generic rule's skips): relative to the scan
   * root or repository, so folders above it never count. Default: `displayPath`.
   */
  rulePath?: string;
  /** The path's bytes, when a name on it is not valid UTF-8. */
  pathBytes?: Uint8Array;
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
  /** How files too large for one string are cut (tests pass small sizes). */
  chunking?: Chunking;
}

/** Read and scan a batch of files with one engine; shared by the main thread and the workers. */
export function scanFileBatch(engine: Engine, tasks: readonly FileTask[], options: FileScanOptions): FileBatchResult {
  const result: FileBatchResult = { findings: [], skipped: [], files: 0, bytes: 0 };
  for (const task of tasks) {
    const read = readTextInChunks(
      task.pathBytes ? Buffer.from(task.pathBytes.buffer, task.pathBytes.byteOffset, task.pathBytes.byteLength) : task.absolutePath,
      options.maxFileSize,
      (chunk) => {
        for (const finding of scanChunk(engine, chunk, task, options)) result.findings.push(finding);
      },
      options.chunking ?? DEFAULT_CHUNKING,
    );
    if ('skip' in read) {
      result.skipped.push({ file: task.displayPath, ...read.skip });
      continue;
    }
    result.files += 1;
    result.bytes += read.bytes;
  }
  return result;
}

/** A chunk's findings that it answers for, with file lines and the file's display name. */
function scanChunk(engine: Engine, chunk: TextChunk, task: FileTask, options: FileScanOptions): Finding[] {
  const findings = engine.scanText(chunk.text, {
    path: task.rulePath ?? task.displayPath,
    origin: options.origin,
    redact: options.redact,
    minConfidence: options.minConfidence,
  });
  const [from, to] = chunk.ownedLines;
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (finding.line < from || finding.line >= to) continue;
    finding.file = task.displayPath;
    finding.line += chunk.lineOffset;
    finding.endLine += chunk.lineOffset;
    kept.push(finding);
  }
  return kept;
}
