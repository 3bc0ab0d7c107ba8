import { type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Readable } from 'node:stream';
import { LeakgateError } from '../../errors.js';
/**
 * The one way leakgate runs git: `git` spawned directly (no shell, an explicit argument vector),
 * stderr always drained, failures turned into one-line errors. `runGit` collects small outputs;
 * `spawnGit` hands back a stream for big ones, so no git output is ever held whole in memory.
 *
 * The caller's environment is inherited on purpose: inside a hook git sets GIT_INDEX_FILE (a
 * temporary index for `git commit -a`), GIT_DIR and friends, and the scan must see what git sees.
 */
export interface GitOptions {
    /** Folder git runs in. */
    cwd: string;
    /** Environment (default: this process's). GIT_* variables in it are honoured, never cleared. */
    env?: NodeJS.ProcessEnv;
}
/**
 * Caches capped for processes that read many objects. Uncapped, one `git cat-file --batch` over
 * a large history reaches ~260-290 MiB RSS (the whole pack mapped, plus delta bases). Measured on
 * webpack's history (145 MiB pack): 48m/32m/128m keeps it at ~130 MiB for no measurable time;
 * a 64m pack limit halves that again but costs ~0.3 s of system time per process in remapping.
 */
export declare const BULK_READ_CONFIG: string[];
export declare class GitError extends LeakgateError {
    readonly stderr: string;
    readonly status: number | null;
    /** What git printed on stdout before failing (set by `runGit`). */
    stdout: string;
    constructor(message: string, stderr: string, status: number | null);
}
export declare const GIT_MISSING_MESSAGE = "git was not found on PATH (staged and history scans need git installed)";
/** git could not be started at all (missing, not executable): `code` is the system's (`ENOENT`). */
export declare class GitUnavailableError extends LeakgateError {
    readonly code: string | undefined;
    constructor(message: string, code: string | undefined);
}
export interface GitProcess {
    child: ChildProcessWithoutNullStreams;
    stdout: Readable;
    /** Resolves when git exits with 0; rejects with a GitError otherwise (or a LeakgateError if git is missing). */
    done: Promise<void>;
    /** Everything git wrote to stderr so far (capped). */
    stderr(): string;
}
export declare function spawnGit(args: readonly string[], options: GitOptions): GitProcess;
/** Runs git to completion and returns its stdout; for small outputs only. */
export declare function runGit(args: readonly string[], options: GitOptions & {
    input?: string | Buffer;
}): Promise<Buffer>;
/** Runs git to completion without throwing on a non-zero exit: its stdout (even a partial one) and status. */
export declare function runGitStatus(args: readonly string[], options: GitOptions): Promise<{
    stdout: string;
    status: number;
}>;
/** `runGit` as text, trailing newline removed. */
export declare function gitText(args: readonly string[], options: GitOptions & {
    input?: string;
}): Promise<string>;
/** Like `gitText`, but resolves undefined instead of throwing when git exits non-zero. */
export declare function tryGitText(args: readonly string[], options: GitOptions & {
    input?: string;
}): Promise<string | undefined>;
/**
 * Splits a byte stream into records ending in `separator` (NUL for `-z` output, LF otherwise)
 * and hands each to `onRecord` synchronously, decoded as UTF-8 on its own: no async step per
 * record, and nothing kept but the unfinished tail. Resolves at the end of the stream.
 */
export declare function forEachRecord(stream: Readable, separator: number, onRecord: (record: string) => void): Promise<void>;
