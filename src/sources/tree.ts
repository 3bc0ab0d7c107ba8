import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createEngine, createExcludeMatcher, loadConfig, type ResolvedConfig } from '../config/load.js';
import type { Confidence, Finding, ScanResult, Skip } from '../types.js';
import { scanFileBatch, type FileBatchResult, type FileScanOptions, type FileTask } from './file-scanner.js';
import type { WorkerRequest, WorkerSetup } from './scan-worker.js';
import { walk } from './walk.js';

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
  /** Called now and then with running totals (for a progress line). */
  onProgress?: (progress: { files: number; bytes: number }) => void;
}

/** Below this many files, starting workers costs more than it saves (measured: see bench/). */
const MIN_FILES_FOR_WORKERS = 256;
const BATCH_SIZE = 64;
const WORKER_URL = new URL('./scan-worker.js', import.meta.url);

/** Scans files and folders on disk: the tree source. */
export async function scanPaths(paths: readonly string[], options: ScanPathsOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = options.config ?? (await loadConfig({ cwd }));
  const walked = walk(paths, {
    cwd,
    isExcluded: createExcludeMatcher(config),
    gitignore: options.gitignore ?? true,
    followSymlinks: options.followSymlinks ?? false,
  });
  const tasks: FileTask[] = [];
  for (const file of walked.files) tasks.push({ absolutePath: file.absolutePath, displayPath: displayPath(file.absolutePath, cwd) });

  const scanOptions: FileScanOptions = {
    maxFileSize: options.maxFileSize ?? config.maxFileSize,
    redact: options.redact ?? true,
    minConfidence: options.minConfidence ?? config.minConfidence,
    origin: 'worktree',
  };
  const threads = Math.max(1, options.threads ?? Math.min(availableParallelism(), 4));
  const useWorkers = threads > 1 && tasks.length >= MIN_FILES_FOR_WORKERS && existsSync(fileURLToPath(WORKER_URL));
  const results = useWorkers
    ? await scanWithWorkers(tasks, config, scanOptions, threads, options.onProgress)
    : scanInThread(tasks, config, scanOptions, options.onProgress);

  const findings: Finding[] = [];
  const skipped: Skip[] = [...walked.skipped];
  let files = 0;
  let bytes = 0;
  for (const result of results) {
    for (const finding of result.findings) findings.push(finding);
    for (const skip of result.skipped) skipped.push(skip);
    files += result.files;
    bytes += result.bytes;
  }
  sortFindings(findings);
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const warnings = [...config.warnings, ...walked.warnings];
  for (const skip of skipped) if (skip.reason === 'unreadable') warnings.push(`cannot read ${skip.file}: ${skip.detail ?? 'error'}`);
  return {
    findings,
    stats: { files, bytes, durationMs: performance.now() - started, findings: findings.length, skipped, warnings },
  };
}

export function sortFindings(findings: Finding[]): void {
  findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/** Paths in findings: relative to the cwd and `/`-separated, or absolute when outside it. */
export function displayPath(absolutePath: string, cwd: string): string {
  const rel = relative(cwd, absolutePath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return absolutePath.split(sep).join('/');
  return rel.split(sep).join('/');
}

function scanInThread(
  tasks: FileTask[],
  config: ResolvedConfig,
  scanOptions: FileScanOptions,
  onProgress: ScanPathsOptions['onProgress'],
): FileBatchResult[] {
  const engine = createEngine(config);
  const results: FileBatchResult[] = [];
  let files = 0;
  let bytes = 0;
  for (let i = 0; i < tasks.length; i += BATCH_SIZE) {
    const result = scanFileBatch(engine, tasks.slice(i, i + BATCH_SIZE), scanOptions);
    results.push(result);
    files += result.files;
    bytes += result.bytes;
    onProgress?.({ files, bytes });
  }
  return results;
}

/** A small work queue: each worker asks for the next batch when it finishes one. */
function scanWithWorkers(
  tasks: FileTask[],
  config: ResolvedConfig,
  scanOptions: FileScanOptions,
  threads: number,
  onProgress: ScanPathsOptions['onProgress'],
): Promise<FileBatchResult[]> {
  const setup: WorkerSetup = { rules: config.rules, allow: config.allow, scan: scanOptions };
  const batches: FileTask[][] = [];
  for (let i = 0; i < tasks.length; i += BATCH_SIZE) batches.push(tasks.slice(i, i + BATCH_SIZE));
  const results: FileBatchResult[] = new Array(batches.length);
  const workerCount = Math.min(threads, batches.length);
  let next = 0;
  let done = 0;
  let files = 0;
  let bytes = 0;
  return new Promise((resolvePromise, reject) => {
    const workers: Worker[] = [];
    let failed = false;
    const finish = (error?: Error) => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolvePromise(results);
    };
    const feed = (worker: Worker) => {
      if (next >= batches.length) return;
      const request: WorkerRequest = { id: next, tasks: batches[next]! };
      next += 1;
      worker.postMessage(request);
    };
    for (let w = 0; w < workerCount; w++) {
      const worker = new Worker(WORKER_URL, { workerData: setup });
      workers.push(worker);
      worker.on('message', (message: { id: number; result?: FileBatchResult; error?: string }) => {
        if (failed) return;
        if (message.error !== undefined || !message.result) {
          failed = true;
          finish(new Error(`scan worker failed: ${message.error}`));
          return;
        }
        results[message.id] = message.result;
        files += message.result.files;
        bytes += message.result.bytes;
        onProgress?.({ files, bytes });
        done += 1;
        if (done === batches.length) finish();
        else feed(worker);
      });
      worker.on('error', (error) => {
        if (failed) return;
        failed = true;
        finish(error);
      });
      feed(worker);
    }
  });
}
