import type { CliContext } from './context.js';
/**
 * Failed writes to the terminal or a pipe arrive as 'error' events on the stream, after the
 * report was handed over; unhandled, they end the run with a stack trace and exit 1, which
 * means "findings". A closed pipe (`leakgate scan -f json . | head -c 10`) is the reader's
 * choice: the run ends quietly with the scan's own exit code. Any other error (ENOSPC on a
 * full disk) is one `leakgate:` line on stderr and exit 2.
 */
export declare function exitOnWriteErrors(ctx: CliContext, exit?: (code: number) => never): void;
