import { parentPort, workerData } from 'node:worker_threads';
import { Engine } from '../engine/engine.js';
import type { Rule } from '../rules/schema.js';
import { scanFileBatch, type FileScanOptions, type FileTask } from './file-scanner.js';

/** Worker side of the file pool: compiles the rules once, then scans the batches it is sent. */

export interface WorkerSetup {
  rules: Rule[];
  allow: { regexes: string[]; stopwords: string[] };
  scan: FileScanOptions;
}

export interface WorkerRequest {
  id: number;
  tasks: FileTask[];
}

const setup = workerData as WorkerSetup;
const engine = new Engine(setup.rules, { allowRegexes: setup.allow.regexes, stopwords: setup.allow.stopwords });

parentPort!.on('message', (request: WorkerRequest) => {
  try {
    const result = scanFileBatch(engine, request.tasks, setup.scan);
    parentPort!.postMessage({ id: request.id, result });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: (error as Error).stack ?? String(error) });
  }
});
