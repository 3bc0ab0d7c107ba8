import { describeFsError } from '../errors.js';
/**
 * Failed writes to the terminal or a pipe arrive as 'error' events on the stream, after the
 * report was handed over; unhandled, they end the run with a stack trace and exit 1, which
 * means "findings". A closed pipe (`leakgate scan -f json . | head -c 10`) is the reader's
 * choice: the run ends quietly with the scan's own exit code. Any other error (ENOSPC on a
 * full disk) is one `leakgate:` line on stderr and exit 2.
 */
export function exitOnWriteErrors(ctx, exit = process.exit) {
    ctx.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            exit(ctx.exitCode);
        try {
            ctx.stderr.write(`leakgate: cannot write the report to standard output: ${describeFsError(error, 'write')}\n`);
        }
        finally {
            exit(2);
        }
    });
    // With stderr gone there is no one left to tell.
    ctx.stderr.on('error', (error) => exit(error.code === 'EPIPE' ? ctx.exitCode : 2));
}
