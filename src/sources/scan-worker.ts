import { workerData } from 'node:worker_threads';
import { Engine } from '../engine/engine.js';
import type { Rule } from '../rules/schema.js';
import { scanFileBatch, type FileScanOptions, type FileTask } from './file-scanner.js';
import { scanBatchParsingTerraform } from './terraform-parse.js';
import { serveRequests } from './worker-pool.js';

/** Worker side of the file pool: compiles the rules once, then scans the batches it is sent. */

export interface WorkerSetup {
  rules: Rule[];
  allow: { regexes: string[]; stopwords: string[] };
  scan: FileScanOptions;
  /** Parse the Terraform files of each batch for the analyzer (the tree scan with Terraform on). */
  parseTerraform?: boolean;
}

const setup = workerData as WorkerSetup;
const engine = new Engine(setup.rules, { allowRegexes: setup.allow.regexes, stopwords: setup.allow.stopwords });

serveRequests((tasks: FileTask[]) => (setup.parseTerraform ? scanBatchParsingTerraform(engine, tasks, setup.scan) : scanFileBatch(engine, tasks, setup.scan)));
