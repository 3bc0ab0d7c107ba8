import { WorkerPool, workerScriptExists } from './worker-pool.js';
const WORKER_URL = new URL('./scan-worker.js', import.meta.url);
/** Workers exist only in the built package (tests that import the TypeScript sources scan in-thread). */
export function workersAvailable() {
    return workerScriptExists(WORKER_URL);
}
/**
 * Worker threads that read and scan batches of files while the main thread is still walking.
 * Batches are handed out as soon as they are formed, so the walk never waits for the event
 * loop; each worker compiles the rules once and answers batch by batch.
 */
export class FilePool extends WorkerPool {
    constructor(setup, threads, onResult) {
        super(WORKER_URL, setup, threads, onResult);
    }
}
