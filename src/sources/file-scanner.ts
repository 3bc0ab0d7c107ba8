import { createHash } from 'node:crypto';
import type { Engine, ScanTextOptions } from '../engine/engine.js';
import type { Finding, Origin, Skip } from '../types.js';
import { archiveTexts, opensAsArchive, type ArchiveOptions } from './archive/texts.js';
import { DEFAULT_CHUNKING, readFileBytes, readTextInChunks, type Chunking, type TextChunk } from './read.js';

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

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** Read and scan a batch of files with one engine; shared by the main thread and the workers. */
export function scanFileBatch(
  engine: Engine,
  tasks: readonly FileTask[],
  options: FileScanOptions,
): FileBatchResult {
  const result: FileBatchResult = { findings: [], skipped: [], files: 0, bytes: 0 };
  for (const task of tasks) {
    const path = task.pathBytes ? Buffer.from(task.pathBytes.buffer, task.pathBytes.byteOffset, task.pathBytes.byteLength) : task.absolutePath;
    if (opensAsArchive(task.displayPath, options.archives)) {
      scanArchive(engine, path, task, options, options.archives, result);
      continue;
    }
    // A file read whole is hashed for the cache; chunks of a huge one are not.
    let hash: string | undefined;
    let unchanged = false;
    const read = readTextInChunks(
      path,
      options.maxFileSize,
      (chunk) => {
        if (options.record && chunk.lineOffset === 0 && chunk.ownedLines[1] === Number.MAX_SAFE_INTEGER) {
          hash = contentHash(chunk.text);
          unchanged = hash === task.knownHash;
          if (unchanged) return;
        }
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
    if (hash !== undefined) {
      (result.records ??= []).push({ absolutePath: task.absolutePath, displayPath: task.displayPath, bytes: read.bytes, mtimeMs: read.mtimeMs, hash, unchanged });
    }
  }
  return result;
}

/** An archive's text entries, each scanned as a file named `archive!inner/path` (see archive/texts.ts). */
function scanArchive(engine: Engine, path: string | Buffer, task: FileTask, options: FileScanOptions, archives: ArchiveOptions, result: FileBatchResult): void {
  const read = readFileBytes(path, options.maxFileSize);
  if ('skip' in read) {
    result.skipped.push({ file: task.displayPath, ...read.skip });
    return;
  }
  result.files += 1;
  for (const entry of archiveTexts(read.bytes, task.displayPath, task.rulePath ?? task.displayPath, archives, options.maxFileSize)) {
    if ('skip' in entry) {
      result.skipped.push(entry.skip);
      continue;
    }
    result.bytes += entry.bytes;
    const entryTask: FileTask = { absolutePath: task.absolutePath, displayPath: entry.file, rulePath: entry.rulePath };
    for (const finding of scanChunk(engine, { text: entry.text, lineOffset: 0, ownedLines: [1, Number.MAX_SAFE_INTEGER] }, entryTask, options)) result.findings.push(finding);
  }
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
