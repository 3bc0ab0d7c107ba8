import { type ResourceLimits } from 'node:worker_threads';
/** Workers exist only in the built package (tests that import the TypeScript sources run in-thread). */
export declare function workerScriptExists(url: URL): boolean;
export declare class WorkerPool<Request, Result> {
    private readonly onResult?;
    private readonly workers;
    private readonly inFlight;
    private readonly results;
    private submitted;
    private received;
    private failure;
    private settle;
    private readonly waiters;
    /** Requests sent with `request`: answered to their caller instead of `onResult`. */
    private readonly callers;
    constructor(script: URL, workerData: unknown, threads: number, onResult?: ((result: Result) => void) | undefined, resourceLimits?: ResourceLimits);
    /** Sends a request whose result comes back to this caller (not to `onResult`, not in `finish`). */
    request(request: Request): Promise<Result>;
    submit(request: Request): void;
    /** Unanswered requests (for producers that want to stay only a little ahead of the workers). */
    get pending(): number;
    /** Resolves once fewer than `limit` requests are unanswered (or a worker failed). */
    whenPendingBelow(limit: number): Promise<void>;
    /** Resolves with every result, in submission order, once all have come back; stops the workers. */
    finish(): Promise<Result[]>;
    /** Stops the workers without waiting for answers (after an error elsewhere). */
    abort(): Promise<void>;
    private checkDone;
}
/** The worker side: answers each request with `handle`, one at a time, in the order they came. */
export declare function serveRequests<Request, Result>(handle: (request: Request) => Result | Promise<Result>): void;
