import { spawn } from 'node:child_process';
import { LeakgateError } from '../../errors.js';
/**
 * Caches capped for processes that read many objects. Uncapped, one `git cat-file --batch` over
 * a large history reaches ~260-290 MiB RSS (the whole pack mapped, plus delta bases). Measured on
 * webpack's history (145 MiB pack): 48m/32m/128m keeps it at ~130 MiB for no measurable time;
 * a 64m pack limit halves that again but costs ~0.3 s of system time per process in remapping.
 */
export const BULK_READ_CONFIG = ['-c', 'core.deltaBaseCacheLimit=48m', '-c', 'core.packedGitWindowSize=32m', '-c', 'core.packedGitLimit=128m'];
/** Never let a missing object in a partial clone turn into a network fetch (git >= 2.45 honours it). */
const NO_NETWORK_ENV = { GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0' };
const STDERR_KEPT = 64 * 1024;
export class GitError extends LeakgateError {
    stderr;
    status;
    /** What git printed on stdout before failing (set by `runGit`). */
    stdout = '';
    constructor(message, stderr, status) {
        super(message);
        this.stderr = stderr;
        this.status = status;
    }
}
export const GIT_MISSING_MESSAGE = 'git was not found on PATH (staged and history scans need git installed)';
/** git could not be started at all (missing, not executable): `code` is the system's (`ENOENT`). */
export class GitUnavailableError extends LeakgateError {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
export function spawnGit(args, options) {
    const child = spawn('git', args, {
        cwd: options.cwd,
        env: { ...(options.env ?? process.env), ...NO_NETWORK_ENV },
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text) => {
        if (stderr.length < STDERR_KEPT)
            stderr += text;
    });
    // A reader that stops early (or git dying first) must not crash the process with EPIPE.
    child.stdin.on('error', () => { });
    const done = new Promise((resolve, reject) => {
        child.on('error', (error) => {
            reject(new GitUnavailableError(error.code === 'ENOENT' ? GIT_MISSING_MESSAGE : `cannot run git: ${error.message}`, error.code));
        });
        child.on('close', (status, signal) => {
            if (status === 0)
                resolve();
            else
                reject(new GitError(describeFailure(args, stderr, status, signal), stderr, status));
        });
    });
    // Callers that only await `done` later must not see an unhandled rejection in between.
    done.catch(() => { });
    return { child, stdout: child.stdout, done, stderr: () => stderr };
}
/** Runs git to completion and returns its stdout; for small outputs only. */
export async function runGit(args, options) {
    const proc = spawnGit(args, options);
    const chunks = [];
    proc.stdout.on('data', (chunk) => chunks.push(chunk));
    if (options.input !== undefined)
        proc.child.stdin.end(options.input);
    else
        proc.child.stdin.end();
    try {
        await proc.done;
    }
    catch (error) {
        if (error instanceof GitError)
            error.stdout = Buffer.concat(chunks).toString('utf8');
        throw error;
    }
    return Buffer.concat(chunks);
}
/** Runs git to completion without throwing on a non-zero exit: its stdout (even a partial one) and status. */
export async function runGitStatus(args, options) {
    try {
        return { stdout: (await runGit(args, options)).toString('utf8'), status: 0 };
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        return { stdout: error.stdout, status: error.status ?? 128 };
    }
}
/** `runGit` as text, trailing newline removed. */
export async function gitText(args, options) {
    return (await runGit(args, options)).toString('utf8').replace(/\n$/, '');
}
/** Like `gitText`, but resolves undefined instead of throwing when git exits non-zero. */
export async function tryGitText(args, options) {
    try {
        return await gitText(args, options);
    }
    catch (error) {
        if (error instanceof GitError)
            return undefined;
        throw error;
    }
}
function describeFailure(args, stderr, status, signal) {
    const command = args.find((arg) => !arg.startsWith('-') && !arg.includes('=')) ?? 'git';
    const line = stderr
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l.length > 0);
    const reason = line?.replace(/^(fatal|error): /, '') ?? (signal ? `killed by ${signal}` : `exit status ${status}`);
    return `git ${command} failed: ${reason}`;
}
/**
 * Splits a byte stream into records ending in `separator` (NUL for `-z` output, LF otherwise)
 * and hands each to `onRecord` synchronously, decoded as UTF-8 on its own: no async step per
 * record, and nothing kept but the unfinished tail. Resolves at the end of the stream.
 */
export function forEachRecord(stream, separator, onRecord) {
    return new Promise((resolve, reject) => {
        let pending;
        stream.on('data', (chunk) => {
            try {
                const data = pending ? Buffer.concat([pending, chunk]) : chunk;
                let start = 0;
                let at = data.indexOf(separator, start);
                while (at !== -1) {
                    onRecord(data.toString('utf8', start, at));
                    start = at + 1;
                    at = data.indexOf(separator, start);
                }
                pending = start < data.length ? data.subarray(start) : undefined;
            }
            catch (error) {
                stream.destroy();
                reject(error);
            }
        });
        stream.on('error', reject);
        stream.on('end', () => {
            try {
                if (pending && pending.length > 0)
                    onRecord(pending.toString('utf8'));
                resolve();
            }
            catch (error) {
                reject(error);
            }
        });
    });
}
