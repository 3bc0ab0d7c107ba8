/**
 * Whether to colour a stream: `--color`/`--no-color` win, then NO_COLOR (any non-empty value),
 * FORCE_COLOR, NODE_DISABLE_COLORS and TERM=dumb, then whether the stream is a terminal.
 */
export function shouldColor(flag, stream, env = process.env) {
    if (flag !== undefined)
        return flag;
    if (env['NO_COLOR'])
        return false;
    if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '')
        return env['FORCE_COLOR'] !== '0';
    if (env['NODE_DISABLE_COLORS'] || env['TERM'] === 'dumb')
        return false;
    return Boolean(stream.isTTY);
}
/**
 * A throttled one-line progress display on stderr, shown only on a terminal, outside CI, and
 * only once a scan has run long enough to need it. Cleared before anything else is printed.
 */
export class Progress {
    stream;
    enabled;
    delayMs;
    lastDraw = 0;
    shown = false;
    startedAt = performance.now();
    constructor(stream = process.stderr, enabled = Boolean(process.stderr.isTTY) && !process.env['CI'], delayMs = 1000) {
        this.stream = stream;
        this.enabled = enabled;
        this.delayMs = delayMs;
    }
    update(text) {
        if (!this.enabled)
            return;
        const now = performance.now();
        if (now - this.startedAt < this.delayMs || now - this.lastDraw < 100)
            return;
        this.lastDraw = now;
        this.shown = true;
        this.stream.write(`\r\x1b[2K${text}`);
    }
    clear() {
        if (this.shown)
            this.stream.write('\r\x1b[2K');
        this.shown = false;
    }
}
