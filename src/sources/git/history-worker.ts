import { workerData } from 'node:worker_threads';
import { Engine } from '../../engine/engine.js';
import type { Rule } from '../../rules/schema.js';
import { serveRequests } from '../worker-pool.js';
import { scanBlobBatch, VersionScanner, type BlobScanOptions, type BlobTask } from './blob-scanner.js';
import { ObjectReader } from './object-reader.js';

/**
 * A history worker: its own engine and its own `git cat-file --batch`, so reading and scanning
 * both run in parallel across workers; the main thread only walks the log and hands out oids.
 */

export interface HistoryWorkerRequest {
  tasks: BlobTask[];
  /** Scan each blob whole and send its findings (after the history pass, for the blobs reported). */
  whole: boolean;
}

export interface HistoryWorkerSetup {
  rules: Rule[];
  allow: { regexes: string[]; stopwords: string[] };
  scan: BlobScanOptions;
  git: { cwd: string; env: NodeJS.ProcessEnv };
}

const setup = workerData as HistoryWorkerSetup;
const engine = new Engine(setup.rules, { allowRegexes: setup.allow.regexes, stopwords: setup.allow.stopwords });
const versions = new VersionScanner(engine, setup.scan);
const whole = new VersionScanner(engine, setup.scan, false);
const reader = new ObjectReader({ ...setup.git, maxSize: setup.scan.maxFileSize, capCaches: true });

// In the history pass only attribution keys go back; full findings only for the blobs reported.
serveRequests((request: HistoryWorkerRequest) =>
  request.whole ? scanBlobBatch(whole, reader, request.tasks) : scanBlobBatch(versions, reader, request.tasks, { keysOnly: true }),
);
