import type { WriteStream } from 'node:tty';
/**
 * Whether to colour a stream: `--color`/`--no-color` win, then NO_COLOR (any non-empty value),
 * FORCE_COLOR, NODE_DISABLE_COLORS and TERM=dumb, then whether the stream is a terminal.
 */
export declare function shouldColor(flag: boolean | undefined, stream: NodeJS.WriteStream | WriteStream, env?: NodeJS.ProcessEnv): boolean;
/**
 * A throttled one-line progress display on stderr, shown only on a terminal, outside CI, and
 * only once a scan has run long enough to need it. Cleared before anything else is printed.
 */
export declare class Progress {
    private readonly stream;
    private readonly enabled;
    private readonly delayMs;
    private lastDraw;
    private shown;
    private readonly startedAt;
    constructor(stream?: NodeJS.WriteStream, enabled?: boolean, delayMs?: number);
    update(text: string): void;
    clear(): void;
}
