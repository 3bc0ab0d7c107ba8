import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createEngine, createExcludeMatcher, loadConfig, type ResolvedConfig } from '../../config/load.js';
import { holdsObject, type Shard } from '../../shard/shard.js';
import type { Confidence, Environment, Finding, RevisionSelection, ScanResult, Skip } from '../../types.js';
import { archiveEntryOf, archiveOptions } from '../archive/texts.js';
import { sortFindings } from '../sort-findings.js';
import { WorkerPool, workerScriptExists } from '../worker-pool.js';
import { attribute, planAttribution } from './attribution.js';
import { scanBlobBatch, VersionScanner, type BlobBatchResult, type BlobScanOptions, type BlobTask } from './blob-scanner.js';
import { HistoryIndex } from './history-index.js';
import { scanMessages } from './messages.js';
import { GITLINK_MODE, submoduleNote } from './submodules.js';
import type { HistoryWorkerRequest, HistoryWorkerSetup } from './history-worker.js';
import { ObjectReader } from './object-reader.js';
import { BULK_READ_CONFIG, forEachRecord, runGit, spawnGit } from './process.js';
import { isRegularFile, isZeroOid, walkRawLog, type RawEntry } from './raw-log.js';
import { isPartialClone, missingObjects, openRepository, resolveRevisions, type Repository } from './repository.js';

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
  onProgress?: (progress: { files: number; bytes: number }) => void;
  /** Scan only this shard's blobs (by blob id): each blob is scanned, and reported, by exactly one shard. */
  shard?: Shard;
}

const WORKER_URL = new URL('./history-worker.js', import.meta.url);
/** A chunk of blobs handed to one worker: big enough to keep git's delta cache warm, small enough to balance. */
const CHUNK_BLOBS = 4096;
const CHUNK_BYTES = 24 * 1024 * 1024;
const LF = 0x0a;
const NUL = 0;

/**
 * Blob states: never seen; seen only at excluded paths (scanned only if it shows up elsewhere);
 * queued for the scan; would be queued but belongs to another shard (read only if attribution
 * compares against it, as a blob outside a range is).
 */
const UNSEEN = 0;
const EXCLUDED_ONLY = 1;
const QUEUED = 2;
const OTHER_SHARD = 3;
type BlobState = typeof UNSEEN | typeof EXCLUDED_ONLY | typeof QUEUED | typeof OTHER_SHARD;

export async function scanHistory(options: ScanHistoryOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const env = options.env ?? process.env;
  const repo = await openRepository(options.cwd ?? process.cwd(), env);
  const config = options.config ?? (await loadConfig({ cwd: repo.cwd }));
  const revisions = await resolveRevisions(repo, options);
  const scanOptions: BlobScanOptions = {
    redact: options.redact ?? true,
    minConfidence: options.minConfidence ?? config.minConfidence,
    origin: 'history',
    maxFileSize: options.maxFileSize ?? config.maxFileSize,
    archives: archiveOptions(options.maxArchiveDepth),
  };
  const warnings = [...config.warnings];
  if (repo.shallow && !options.range) {
    warnings.push(
      'this is a shallow clone: its oldest commits are shown as adding every file they hold; fetch the full history (fetch-depth: 0) for exact attribution',
    );
  }

  const index = new HistoryIndex();
  const pathExcluded = excludedPathCheck(index, config, repo);
  const skipped: Skip[] = [];
  /** Blob -> the attribution keys of its findings (the findings themselves are rebuilt for the few blobs reported). */
  const found = new Map<number, number[]>();
  let findings: Finding[] = [];
  let files = 0;
  let bytes = 0;
  const collect = (result: BlobBatchResult) => {
    files += result.files;
    bytes += result.bytes;
    for (const skip of result.skipped) skipped.push(skip);
    for (const blob of result.found) found.set(index.blobs.get(blob.oid)!, blob.keys);
    options.onProgress?.({ files, bytes });
  };

  // The workers start (load, compile the rules, start git) while the log is walked.
  const scanner = createBlobScanner(config, repo, scanOptions, options.threads, collect);
  try {
    const missing = (await isPartialClone(repo)) ? await missingObjects(repo) : new Set<string>();
    const walked = await walkHistory(repo, revisions.args, index, pathExcluded, scanOptions.maxFileSize, missing, options.shard);
    for (const skip of walked.skipped) skipped.push(skip);
    for (const chunk of versionChunks(index, walked)) await scanner.submit(chunk);
    await scanner.drain();
    findings = await attributeFindings(repo, index, walked, found, scanner, pathExcluded, missing);
    await scanner.close();
    // Tags belong to no range: their messages are scanned with the whole history only.
    const wholeHistory = !options.range && !options.branch && !options.since;
    const messages = await scanMessages(repo, createEngine(config), { revisionArgs: revisions.args, tags: wholeHistory }, scanOptions);
    for (const finding of messages) findings.push(finding);
    for (const path of walked.submodules) warnings.push(submoduleNote(path));
  } catch (error) {
    await scanner.abort();
    throw error;
  }

  // Oldest introduction first among equals, then the usual file/line order.
  findings.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.commit ?? '').localeCompare(b.commit ?? ''));
  sortFindings(findings);
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    findings,
    stats: { files, commits: index.commits.size, bytes, durationMs: performance.now() - started, findings: findings.length, skipped, warnings },
  };
}

/**
 * After the history pass: the changes that introduced findings (attribution.ts), then full
 * findings for just those blobs, scanned again under the path of their first scan so their
 * findings come back in the same order, each given the commit, author, date and path.
 */
async function attributeFindings(
  repo: Repository,
  index: HistoryIndex,
  walked: WalkedHistory,
  found: Map<number, number[]>,
  scanner: BlobScanner,
  pathExcluded: (path: number) => boolean,
  missing: ReadonlySet<string>,
): Promise<Finding[]> {
  const plan = planAttribution(index, (blob) => found.has(blob), pathExcluded);
  // A range or --since scan starts mid-history: the versions before its first commits were never read.
  const unscanned = [...plan.comparedBlobs].filter(([blob]) => {
    const state = walked.state[blob];
    return (state === undefined || state === UNSEEN || state === OTHER_SHARD) && !missing.has(index.blobs.values[blob]!);
  });
  const compared = await scanner.scanWhole(unscanned.map(([blob, path]) => ({ oid: index.blobs.values[blob]!, path: index.paths.values[path]! })));
  for (const blob of compared.found) found.set(index.blobs.get(blob.oid)!, blob.keys);
  const introductions = attribute(index, plan, (blob) => found.get(blob));
  if (introductions.length === 0) return [];

  const reported = [...new Set(introductions.map((i) => i.event.newBlob))];
  const rescanned = await scanner.scanWhole(reported.map((blob) => ({ oid: index.blobs.values[blob]!, path: index.paths.values[walked.scanPath[blob]!]! })));
  const findingsOf = new Map(rescanned.found.map((blob) => [blob.oid, blob.findings]));
  const commits = await commitDetails(repo, [...new Set(introductions.map((i) => index.commits.values[i.event.commit]!))]);
  const findings: Finding[] = [];
  for (const { event, indexes } of introductions) {
    const commit = index.commits.values[event.commit]!;
    const details = commits.get(commit);
    const file = index.paths.values[event.path]!;
    const scannedAs = index.paths.values[walked.scanPath[event.newBlob]!]!;
    const blobFindings = findingsOf.get(index.blobs.values[event.newBlob]!) ?? [];
    for (const position of indexes) {
      const finding = blobFindings[position];
      // An archive's finding keeps its entry (`!inner/path`) after the path it has at this commit.
      if (finding) findings.push({ ...finding, file: file + archiveEntryOf(finding.file, scannedAs), commit, ...(details ? { author: details.author, date: details.date } : {}) });
    }
  }
  return findings;
}

interface WalkedHistory {
  /** Blobs to scan, in the order the log first showed them. */
  queued: number[];
  /** Per blob: the path it is scanned under (its first path not excluded by the config). */
  scanPath: number[];
  /** Per blob: its size, once git has told it (blobs never given a size are skipped). */
  size: number[];
  state: BlobState[];
  skipped: Skip[];
  /** Paths of submodules the history adds or moves (their contents are another repository's). */
  submodules: Set<string>;
}

/**
 * Walks the raw log into the index and, while it runs, asks a `git cat-file --batch-check`
 * for the size of every new blob, so oversized and missing blobs are never read.
 */
async function walkHistory(
  repo: Repository,
  revisionArgs: string[],
  index: HistoryIndex,
  pathExcluded: (path: number) => boolean,
  maxSize: number,
  missing: ReadonlySet<string>,
  shard: Shard | undefined,
): Promise<WalkedHistory> {
  const walked: WalkedHistory = { queued: [], scanPath: [], size: [], state: [], skipped: [], submodules: new Set() };
  const sizes = spawnGit([...BULK_READ_CONFIG, 'cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)', '--buffer'], repo);
  const sizesRead = forEachRecord(sizes.stdout, LF, (line) => {
    const [oid = '', type, size] = line.split(' ');
    const blob = index.blobs.get(oid);
    if (blob === undefined) return;
    const path = index.paths.values[walked.scanPath[blob]!]!;
    if (type === undefined || size === undefined) {
      walked.skipped.push({ file: path, reason: 'unreadable', detail: `blob ${oid.slice(0, 12)} is missing from this clone` });
    } else if (Number(size) > maxSize) {
      walked.skipped.push({ file: path, reason: 'too-large', detail: `${size} bytes, blob ${oid.slice(0, 12)}` });
    } else if (type === 'blob') {
      walked.size[blob] = Number(size);
    }
  });

  let pendingOids: string[] = [];
  const flushOids = () => {
    if (pendingOids.length === 0) return;
    sizes.child.stdin.write(`${pendingOids.join('\n')}\n`);
    pendingOids = [];
  };
  let commit = -1;
  const queueBlob = (blob: number, path: number) => {
    if (walked.state[blob] === QUEUED || walked.state[blob] === OTHER_SHARD) return;
    if (pathExcluded(path)) {
      walked.state[blob] = EXCLUDED_ONLY;
      return;
    }
    const oid = index.blobs.values[blob]!;
    if (!holdsObject(shard, oid)) {
      walked.state[blob] = OTHER_SHARD;
      return;
    }
    walked.state[blob] = QUEUED;
    walked.scanPath[blob] = path;
    if (missing.has(oid)) {
      walked.skipped.push({ file: index.paths.values[path]!, reason: 'unreadable', detail: `blob ${oid.slice(0, 12)} is missing from this clone` });
      return;
    }
    walked.queued.push(blob);
    pendingOids.push(oid);
    if (pendingOids.length >= 512) flushOids();
  };
  const onEntry = (entry: RawEntry) => {
    const path = index.paths.intern(entry.path);
    const oldBlobs = entry.oldOids.map((oid, i) => (isZeroOid(oid) || !isRegularFile(entry.oldModes[i]!) ? -1 : index.blobs.intern(oid)));
    if (entry.newMode === GITLINK_MODE) walked.submodules.add(entry.path);
    if (isZeroOid(entry.newOid) || !isRegularFile(entry.newMode)) {
      // A deletion (or a file turned into a symlink or submodule): kept to recognise moves.
      if (oldBlobs.some((old) => old >= 0)) index.addEvent({ commit, path, newBlob: -1, oldBlobs });
      return;
    }
    const newBlob = index.blobs.intern(entry.newOid);
    index.addEvent({ commit, path, newBlob, oldBlobs });
    queueBlob(newBlob, path);
  };

  try {
    await walkRawLog(repo, revisionArgs, (oid) => (commit = index.commits.intern(oid)), onEntry);
    flushOids();
    sizes.child.stdin.end();
    await Promise.all([sizesRead, sizes.done]);
  } catch (error) {
    sizes.child.kill();
    throw error;
  }
  return walked;
}

/**
 * The blobs to scan, grouped by path so each worker sees one file's versions in a row (which
 * is what lets VersionScanner scan only what changed, and keeps git's delta cache warm), the
 * biggest files first so the last chunks are small and the workers finish together.
 */
function* versionChunks(index: HistoryIndex, walked: WalkedHistory): Generator<BlobTask[]> {
  const groups = new Map<number, { blobs: number[]; bytes: number }>();
  for (const blob of walked.queued) {
    const size = walked.size[blob];
    if (size === undefined) continue;
    const path = walked.scanPath[blob]!;
    let group = groups.get(path);
    if (!group) groups.set(path, (group = { blobs: [], bytes: 0 }));
    group.blobs.push(blob);
    group.bytes += size;
  }
  const ordered = [...groups].sort((a, b) => b[1].bytes - a[1].bytes);
  let chunk: BlobTask[] = [];
  let chunkBytes = 0;
  for (const [path, group] of ordered) {
    const pathText = index.paths.values[path]!;
    for (const blob of group.blobs) {
      chunk.push({ oid: index.blobs.values[blob]!, path: pathText });
      chunkBytes += walked.size[blob]!;
      if (chunkBytes >= CHUNK_BYTES || chunk.length >= CHUNK_BLOBS) {
        yield chunk;
        chunk = [];
        chunkBytes = 0;
      }
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Whether a history path is excluded by the config, answered once per distinct path. */
function excludedPathCheck(index: HistoryIndex, config: ResolvedConfig, repo: Repository): (path: number) => boolean {
  const matcher = createExcludeMatcher(config);
  const root = repo.topLevel ?? repo.cwd;
  const answers: (boolean | undefined)[] = [];
  return (path) => (answers[path] ??= matcher(join(root, index.paths.values[path]!)));
}

interface BlobScanner {
  /** The history pass: hands over a chunk of file versions; resolves when the scanner is ready for the next. */
  submit(tasks: BlobTask[]): Promise<void>;
  /** Waits until every chunk handed over is scanned. */
  drain(): Promise<void>;
  /** Scans blobs whole, with their full findings (after the history pass). */
  scanWhole(tasks: BlobTask[]): Promise<BlobBatchResult>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * A worker holds one blob and its previous version at a time; V8's default young generation
 * (tens of MiB per thread) would only let garbage pile up, so it is kept small (measured on
 * webpack's history: ~40 MiB less RSS per worker, no measurable time).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * Default worker threads for a history scan: each worker pairs with its own git reader, and a
 * fourth pair added ~55 MiB to the process (387 MiB on webpack's history) for no gain here.
 */
const MAX_DEFAULT_THREADS = 3;

/** Chunks waiting per worker: enough that none idles between chunks, few enough to keep memory flat. */
const CHUNKS_AHEAD = 2;

function createBlobScanner(
  config: ResolvedConfig,
  repo: Repository,
  scanOptions: BlobScanOptions,
  threadsOption: number | undefined,
  collect: (result: BlobBatchResult) => void,
): BlobScanner {
  const threads = Math.max(1, threadsOption ?? Math.min(availableParallelism(), MAX_DEFAULT_THREADS));
  if (threads > 1 && workerScriptExists(WORKER_URL)) {
    const setup: HistoryWorkerSetup = { rules: config.rules, allow: config.allow, scan: scanOptions, git: { cwd: repo.cwd, env: { ...repo.env } } };
    const pool = new WorkerPool<HistoryWorkerRequest, BlobBatchResult>(WORKER_URL, setup, threads, collect, WORKER_LIMITS);
    return {
      submit: async (tasks) => {
        pool.submit({ tasks, whole: false });
        await pool.whenPendingBelow(threads * CHUNKS_AHEAD);
      },
      drain: () => pool.whenPendingBelow(1),
      scanWhole: async (tasks) => {
        const parts = Array.from({ length: threads }, (_, part) => tasks.filter((_task, i) => i % threads === part)).filter((part) => part.length > 0);
        return mergeResults(await Promise.all(parts.map((part) => pool.request({ tasks: part, whole: true }))));
      },
      close: async () => {
        await pool.finish();
      },
      abort: () => pool.abort(),
    };
  }
  const engine = createEngine(config);
  const versions = new VersionScanner(engine, scanOptions);
  const whole = new VersionScanner(engine, scanOptions, false);
  const reader = new ObjectReader({ ...repo, maxSize: scanOptions.maxFileSize, capCaches: true });
  return {
    submit: async (tasks) => collect(await scanBlobBatch(versions, reader, tasks, { keysOnly: true })),
    drain: async () => {},
    scanWhole: (tasks) => scanBlobBatch(whole, reader, tasks),
    close: () => reader.close(),
    abort: async () => {
      await reader.close().catch(() => {});
    },
  };
}

function mergeResults(results: BlobBatchResult[]): BlobBatchResult {
  const merged: BlobBatchResult = { found: [], skipped: [], files: 0, bytes: 0 };
  for (const result of results) {
    merged.found.push(...result.found);
    merged.skipped.push(...result.skipped);
    merged.files += result.files;
    merged.bytes += result.bytes;
  }
  return merged;
}

/** Author and date of the commits that introduced findings, in one git call. */
async function commitDetails(repo: Repository, commits: string[]): Promise<Map<string, { author: string; date: string }>> {
  const details = new Map<string, { author: string; date: string }>();
  if (commits.length === 0) return details;
  const out = await runGit(['log', '--no-walk=unsorted', '--stdin', '-z', '--format=%H%x00%an%x00%ae%x00%aI'], { ...repo, input: `${commits.join('\n')}\n` });
  const fields = out.toString('utf8').split(String.fromCharCode(NUL));
  for (let i = 0; i + 3 < fields.length; i += 4) {
    const [oid, name, email, date] = fields.slice(i, i + 4).map((f) => f.replace(/^\n/, '')) as [string, string, string, string];
    details.set(oid, { author: email ? `${name} <${email}>` : name, date });
  }
  return details;
}
