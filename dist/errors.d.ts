/**
 * An error the user can act on: bad input, a broken config, a missing path. The CLI prints its
 * message as one line and exits 2; any other error is a bug and gets a stack trace only with
 * LEAKGATE_DEBUG=1.
 */
export declare class LeakgateError extends Error {
    readonly exitCode: number;
    constructor(message: string, exitCode?: number);
}
/**
 * A file-system error in words for a user (`no such file or folder`, not `ENOENT`). Writing a
 * file into a missing folder fails with ENOENT too, so a write says which is missing.
 */
export declare function describeFsError(error: unknown, action?: 'read' | 'write'): string;
