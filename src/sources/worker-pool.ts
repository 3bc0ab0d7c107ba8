import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, type ResourceLimits } from 'node:worker_threads';
import { LeakgateError } from '../errors.js';

/**
 * Worker threads that answer requests (batches of files, chunks of git blobs) with results.
 * Each request goes to the worker with the fewest unanswered ones, so a slow batch does not
 * leave one thread idle while work queues behind it; results come back in submission order.
 * The worker side is `serveRequests`, which answers one request at a time.
 */

interface RequestMessage<Request> {
  id: number;
  request: Request;
}

interface ReplyMessage<Result> {
  id: number;
  result?: Result;
  error?: string;
  /** Set when the error is one the user can act on (a LeakgateError): its one-line message. */
  userError?: string;
}

/** Workers exist only in the built package (tests that import the TypeScript sources run in-thread). */
export function workerScriptExists(url: URL): boolean {
  return url.protocol === 'file:' && fileURLToPath(url).endsWith('.js') && existsSync(fileURLToPath(url));
}

export class WorkerPool<Request, Result> {
  private readonly workers: Worker[];
  private readonly inFlight: number[];
  private readonly results: Result[] = [];
  private submitted = 0;
  private received = 0;
  private failure: Error | undefined;
  private settle: (() => void) | undefined;
  private readonly waiters: { limit: number; resolve: () => void }[] = [];
  /** Requests sent with `request`: answered to their caller instead of `onResult`. */
  private readonly callers = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();

  constructor(
    script: URL,
    workerData: unknown,
    threads: number,
    private readonly onResult?: (result: Result) => void,
    resourceLimits?: ResourceLimits,
  ) {
    this.inFlight = new Array<number>(threads).fill(0);
    this.workers = Array.from({ length: threads }, (_, index) => {
      const worker = new Worker(script, { workerData, ...(resourceLimits ? { resourceLimits } : {}) });
      worker.on('message', (message: ReplyMessage<Result>) => {
        this.inFlight[index]! -= 1;
        const caller = this.callers.get(message.id);
        this.callers.delete(message.id);
        if (message.result !== undefined) {
          if (caller) caller.resolve(message.result);
          else {
            this.results[message.id] = message.result;
            this.onResult?.(message.result);
          }
        } else {
          this.failure ??= message.userError !== undefined ? new LeakgateError(message.userError) : new Error(`worker failed: ${message.error}`);
          caller?.reject(this.failure);
        }
        this.received += 1;
        this.checkDone();
      });
      worker.on('error', (error) => {
        this.failure ??= error;
        for (const caller of this.callers.values()) caller.reject(error);
        this.callers.clear();
        this.received = this.submitted;
        this.checkDone();
      });
      return worker;
    });
  }

  /** Sends a request whose result comes back to this caller (not to `onResult`, not in `finish`). */
  request(request: Request): Promise<Result> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.callers.set(this.submitted, { resolve, reject });
      this.submit(request);
    });
  }

  submit(request: Request): void {
    let target = 0;
    for (let i = 1; i < this.inFlight.length; i++) if (this.inFlight[i]! < this.inFlight[target]!) target = i;
    this.inFlight[target]! += 1;
    const message: RequestMessage<Request> = { id: this.submitted, request };
    this.workers[target]!.postMessage(message);
    this.submitted += 1;
  }

  /** Unanswered requests (for producers that want to stay only a little ahead of the workers). */
  get pending(): number {
    return this.submitted - this.received;
  }

  /** Resolves once fewer than `limit` requests are unanswered (or a worker failed). */
  whenPendingBelow(limit: number): Promise<void> {
    if (this.pending < limit || this.failure) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ limit, resolve }));
  }

  /** Resolves with every result, in submission order, once all have come back; stops the workers. */
  async finish(): Promise<Result[]> {
    await new Promise<void>((resolve) => {
      this.settle = resolve;
      this.checkDone();
    });
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    if (this.failure) throw this.failure;
    return this.results;
  }

  /** Stops the workers without waiting for answers (after an error elsewhere). */
  async abort(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private checkDone(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i]!;
      if (this.pending < waiter.limit || this.failure) {
        this.waiters.splice(i, 1);
        waiter.resolve();
      }
    }
    if (this.settle && this.received >= this.submitted) this.settle();
  }
}

/** The worker side: answers each request with `handle`, one at a time, in the order they came. */
export function serveRequests<Request, Result>(handle: (request: Request) => Result | Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error('serveRequests must run in a worker thread');
  let chain: Promise<void> = Promise.resolve();
  port.on('message', (message: RequestMessage<Request>) => {
    chain = chain.then(async () => {
      try {
        const result = await handle(message.request);
        port.postMessage({ id: message.id, result } satisfies ReplyMessage<Result>);
      } catch (error) {
        const reply: ReplyMessage<Result> = { id: message.id, error: (error as Error).stack ?? String(error) };
        if (error instanceof LeakgateError) reply.userError = error.message;
        port.postMessage(reply);
      }
    });
  });
}
