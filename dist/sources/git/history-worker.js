import { workerData } from 'node:worker_threads';
import { Engine } from '../../engine/engine.js';
import { serveRequests } from '../worker-pool.js';
import { scanBlobBatch, VersionScanner } from './blob-scanner.js';
import { ObjectReader } from './object-reader.js';
const setup = workerData;
const engine = new Engine(setup.rules, { allowRegexes: setup.allow.regexes, stopwords: setup.allow.stopwords });
const versions = new VersionScanner(engine, setup.scan);
const whole = new VersionScanner(engine, setup.scan, false);
const reader = new ObjectReader({ ...setup.git, maxSize: setup.scan.maxFileSize, capCaches: true });
// In the history pass only attribution keys go back; full findings only for the blobs reported.
serveRequests((request) => request.whole ? scanBlobBatch(whole, reader, request.tasks) : scanBlobBatch(versions, reader, request.tasks, { keysOnly: true }));
