/**
 * An error the user can act on: bad input, a broken config, a missing path. The CLI prints its
 * message as one line and exits 2; any other error is a bug and gets a stack trace only with
 * LEAKGATE_DEBUG=1.
 */
export class LeakgateError extends Error {
    exitCode;
    constructor(message, exitCode = 2) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'LeakgateError';
    }
}
