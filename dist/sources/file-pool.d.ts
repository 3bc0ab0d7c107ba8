import type { FileBatchResult, FileTask } from './file-scanner.js';
import type { WorkerSetup } from './scan-worker.js';
import { WorkerPool } from './worker-pool.js';
/** Workers exist only in the built package (tests that import the TypeScript sources scan in-thread). */
export declare function workersAvailable(): boolean;
/**
 * Worker threads that read and scan batches of files while the main thread is still walking.
 * Batches are handed out as soon as they are formed, so the walk never waits for the event
 * loop; each worker compiles the rules once and answers batch by batch.
 */
export declare class FilePool extends WorkerPool<FileTask[], FileBatchResult> {
    constructor(setup: WorkerSetup, threads: number, onResult?: (result: FileBatchResult) => void);
}
