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

export interface HistoryWorkerSetup {
  rules: Rule[];
  allow: { regexes: string[]; stopwords: string[] };
  scan: BlobScanOptions;
  git: { cwd: string; env: NodeJS.ProcessEnv };
}

const setup = workerData as HistoryWorkerSetup;
const scanner = new VersionScanner(new Engine(setup.rules, { allowRegexes: setup.allow.regexes, stopwords: setup.allow.stopwords }), setup.scan);
const reader = new ObjectReader({ ...setup.git, maxSize: setup.scan.maxFileSize, capCaches: true });

serveRequests((tasks: BlobTask[]) => scanBlobBatch(scanner, reader, tasks));
