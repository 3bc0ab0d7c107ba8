import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';
import { LeakgateError } from '../errors.js';
/** Workers exist only in the built package (tests that import the TypeScript sources run in-thread). */
export function workerScriptExists(url) {
    return url.protocol === 'file:' && fileURLToPath(url).endsWith('.js') && existsSync(fileURLToPath(url));
}
export class WorkerPool {
    onResult;
    workers;
    inFlight;
    results = [];
    submitted = 0;
    received = 0;
    failure;
    settle;
    waiters = [];
    /** Requests sent with `request`: answered to their caller instead of `onResult`. */
    callers = new Map();
    constructor(script, workerData, threads, onResult, resourceLimits) {
        this.onResult = onResult;
        this.inFlight = new Array(threads).fill(0);
        this.workers = Array.from({ length: threads }, (_, index) => {
            const worker = new Worker(script, { workerData, ...(resourceLimits ? { resourceLimits } : {}) });
            worker.on('message', (message) => {
                this.inFlight[index] -= 1;
                const caller = this.callers.get(message.id);
                this.callers.delete(message.id);
                if (message.result !== undefined) {
                    if (caller)
                        caller.resolve(message.result);
                    else {
                        this.results[message.id] = message.result;
                        this.onResult?.(message.result);
                    }
                }
                else {
                    this.failure ??= message.userError !== undefined ? new LeakgateError(message.userError) : new Error(`worker failed: ${message.error}`);
                    caller?.reject(this.failure);
                }
                this.received += 1;
                this.checkDone();
            });
            worker.on('error', (error) => {
                this.failure ??= error;
                for (const caller of this.callers.values())
                    caller.reject(error);
                this.callers.clear();
                this.received = this.submitted;
                this.checkDone();
            });
            return worker;
        });
    }
    /** Sends a request whose result comes back to this caller (not to `onResult`, not in `finish`). */
    request(request) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.callers.set(this.submitted, { resolve, reject });
            this.submit(request);
        });
    }
    submit(request) {
        let target = 0;
        for (let i = 1; i < this.inFlight.length; i++)
            if (this.inFlight[i] < this.inFlight[target])
                target = i;
        this.inFlight[target] += 1;
        const message = { id: this.submitted, request };
        this.workers[target].postMessage(message);
        this.submitted += 1;
    }
    /** Unanswered requests (for producers that want to stay only a little ahead of the workers). */
    get pending() {
        return this.submitted - this.received;
    }
    /** Resolves once fewer than `limit` requests are unanswered (or a worker failed). */
    whenPendingBelow(limit) {
        if (this.pending < limit || this.failure)
            return Promise.resolve();
        return new Promise((resolve) => this.waiters.push({ limit, resolve }));
    }
    /** Resolves with every result, in submission order, once all have come back; stops the workers. */
    async finish() {
        await new Promise((resolve) => {
            this.settle = resolve;
            this.checkDone();
        });
        await Promise.all(this.workers.map((worker) => worker.terminate()));
        if (this.failure)
            throw this.failure;
        return this.results;
    }
    /** Stops the workers without waiting for answers (after an error elsewhere). */
    async abort() {
        await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
    checkDone() {
        for (let i = this.waiters.length - 1; i >= 0; i--) {
            const waiter = this.waiters[i];
            if (this.pending < waiter.limit || this.failure) {
                this.waiters.splice(i, 1);
                waiter.resolve();
            }
        }
        if (this.settle && this.received >= this.submitted)
            this.settle();
    }
}
/** The worker side: answers each request with `handle`, one at a time, in the order they came. */
export function serveRequests(handle) {
    const port = parentPort;
    if (!port)
        throw new Error('serveRequests must run in a worker thread');
    let chain = Promise.resolve();
    port.on('message', (message) => {
        chain = chain.then(async () => {
            try {
                const result = await handle(message.request);
                port.postMessage({ id: message.id, result });
            }
            catch (error) {
                const reply = { id: message.id, error: error.stack ?? String(error) };
                if (error instanceof LeakgateError)
                    reply.userError = error.message;
                port.postMessage(reply);
            }
        });
    });
}
