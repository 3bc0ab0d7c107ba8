import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileBatchResult, FileTask } from './file-scanner.js';
import type { WorkerRequest, WorkerSetup } from './scan-worker.js';

const WORKER_URL = new URL('./scan-worker.js', import.meta.url);

/** Workers exist only in the built package (tests that import the TypeScript sources scan in-thread). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

/**
 * Worker threads that read and scan batches of files while the main thread is still walking.
 * Batches are handed out round-robin as soon as they are formed, so the walk never waits for
 * the event loop; each worker compiles the rules once and answers batch by batch.
 */
export class FilePool {
  private readonly workers: Worker[];
  private readonly results: FileBatchResult[] = [];
  private submitted = 0;
  private received = 0;
  private failure: Error | undefined;
  private settle: (() => void) | undefined;

  constructor(
    setup: WorkerSetup,
    threads: number,
    private readonly onResult?: (result: FileBatchResult) => void,
  ) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(WORKER_URL, { workerData: setup });
      worker.on('message', (message: { id: number; result?: FileBatchResult; error?: string }) => {
        if (message.result) {
          this.results[message.id] = message.result;
          this.onResult?.(message.result);
        } else {
          this.failure ??= new Error(`scan worker failed: ${message.error}`);
        }
        this.received += 1;
        this.checkDone();
      });
      worker.on('error', (error) => {
        this.failure ??= error;
        this.received = this.submitted;
        this.checkDone();
      });
      return worker;
    });
  }

  submit(tasks: FileTask[]): void {
    const request: WorkerRequest = { id: this.submitted, tasks };
    this.workers[this.submitted % this.workers.length]!.postMessage(request);
    this.submitted += 1;
  }

  /** Resolves with every batch's result, in submission order, once all have come back. */
  async finish(): Promise<FileBatchResult[]> {
    await new Promise<void>((resolve) => {
      this.settle = resolve;
      this.checkDone();
    });
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    if (this.failure) throw this.failure;
    return this.results;
  }

  private checkDone(): void {
    if (this.settle && this.received >= this.submitted) this.settle();
  }
}
