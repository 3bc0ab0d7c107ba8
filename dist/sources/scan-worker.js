import { workerData } from 'node:worker_threads';
import { Engine } from '../engine/engine.js';
import { scanFileBatch } from './file-scanner.js';
import { serveRequests } from './worker-pool.js';
const setup = workerData;
const engine = new Engine(setup.rules, { allowRegexes: setup.allow.regexes, stopwords: setup.allow.stopwords });
serveRequests((tasks) => scanFileBatch(engine, tasks, setup.scan));
