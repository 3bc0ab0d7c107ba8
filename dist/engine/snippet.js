import { MASK, redact } from './redact.js';
const SNIPPET_RADIUS = 80;
/** The finding's first line with every secret starting on it masked, clipped around the secret. */
export function snippetFor(text, lines, line, finding, onLine) {
    const bounds = lines.lineBounds(line);
    let out = '';
    let cursor = bounds.start;
    for (const other of onLine) {
        const from = Math.max(other.start, cursor);
        out += text.slice(cursor, from);
        const secret = text.slice(other.start, other.end);
        if (other.start >= cursor)
            out += redact(secret);
        else if (!out.endsWith(MASK))
            out += MASK;
        cursor = Math.min(Math.max(cursor, other.end), bounds.end);
    }
    out += text.slice(cursor, bounds.end);
    const column = finding.start - bounds.start;
    if (out.length <= SNIPPET_RADIUS * 2)
        return out;
    const from = Math.max(0, column - SNIPPET_RADIUS);
    return (from > 0 ? '…' : '') + out.slice(from, from + SNIPPET_RADIUS * 2) + (from + SNIPPET_RADIUS * 2 < out.length ? '…' : '');
}
