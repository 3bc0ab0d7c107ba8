import { workerData } from 'node:worker_threads';
import { Engine } from '../engine/engine.js';
import type { Rule } from '../rules/schema.js';
import { scanFileBatch, type FileScanOptions, type FileTask } from './file-scanner.js';
import { serveRequests } from './worker-pool.js';

/** Worker side of the file pool: compiles the rules once, then scans the batches it is sent. */

export interface WorkerSetup {
  rules: Rule[];
  allow: { regexes: string[]; stopwords: string[] };
  scan: FileScanOptions;
}

const setup = workerData as WorkerSetup;
const engine = new Engine(setup.rules, { allowRegexes: setup.allow.regexes, stopwords: setup.allow.stopwords });

serveRequests((tasks: FileTask[]) => scanFileBatch(engine, tasks, setup.scan));
