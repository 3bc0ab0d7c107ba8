import { shannonEntropy } from './entropy.js';
/**
 * The one redactor. A secret shows as a short prefix, then `****`: the prefix grows with the
 * secret (a quarter of it, at most 6 characters) so a known token prefix such as `ghp_` stays
 * recognisable while a short password shows almost nothing; the mask does not reveal length.
 * `redactLine` applies it to a whole source line for snippets, in every output format.
 */
export const MASK = '****';
export function redact(secret) {
    const keep = Math.min(6, Math.floor(secret.length / 4));
    return secret.slice(0, keep) + MASK;
}
/**
 * A line with nothing secret left in it: every reported span shows as `redact(secret)`, every
 * other secret-shaped span (what the engine's rules captured before any gate: dropped, demoted,
 * path-limited values) is redacted too, and in what is left a high-entropy token is masked as a
 * backstop. Spans are offsets in `line`; they may overlap each other or run past its end.
 * An empty reported span is not masked; it only marks a position to report in `reportedAt`.
 */
export function redactLine(line, reported, secretShaped = []) {
    const shown = reported.map((span, index) => ({ ...clampTo(span, line.length), index }));
    const byStart = [...shown].sort((a, b) => a.start - b.start);
    // Other spans give way to reported ones, so each finding keeps its own rendering (the caret finds it).
    const others = secretShaped.flatMap((span) => outside(clampTo(span, line.length), byStart)).map((span) => ({ ...span, index: -1 }));
    // An empty reported span only marks a position (a finding whose span is not a secret).
    const pieces = [...shown, ...others].filter((piece) => piece.end > piece.start || piece.index >= 0).sort((a, b) => a.start - b.start || b.end - a.end);
    const reportedAt = reported.map(() => -1);
    let text = '';
    let cursor = 0;
    for (const piece of pieces) {
        const from = Math.max(piece.start, cursor);
        if (piece.end > from || (piece.end === piece.start && piece.start >= cursor)) {
            text += maskHighEntropyTokens(line.slice(cursor, from));
            if (piece.index >= 0 && from === piece.start) {
                reportedAt[piece.index] = text.length;
                if (piece.end > piece.start)
                    text += redact(line.slice(piece.start, piece.end));
                cursor = piece.end;
                continue;
            }
            if (!text.endsWith(MASK))
                text += redact(line.slice(from, piece.end));
            cursor = piece.end;
        }
        // A reported span inside another reported one is shown by that one's mask.
        if (piece.index >= 0)
            reportedAt[piece.index] = Math.max(0, text.length - MASK.length);
    }
    text += maskHighEntropyTokens(line.slice(cursor));
    return { text, reportedAt };
}
/** The parts of `span` that no span of `taken` (sorted by start) covers. */
function outside(span, taken) {
    const parts = [];
    let start = span.start;
    for (const other of taken) {
        if (other.end <= start || other.start >= span.end)
            continue;
        if (other.start > start)
            parts.push({ start, end: other.start });
        start = Math.max(start, other.end);
    }
    if (start < span.end)
        parts.push({ start, end: span.end });
    return parts;
}
function clampTo(span, length) {
    return { start: Math.max(0, span.start), end: Math.min(length, span.end) };
}
/** Base64, hex and token alphabets; `.` is left out so dotted names and paths stay readable. */
const TOKEN = /[A-Za-z0-9+/_=-]{16,}/g;
/**
 * The backstop for values no rule captures: a run of 16+ token characters with letters and
 * digits and at least 3 bits of entropy per character (random keys, hashes, UUIDs), or 32+
 * mixed-case characters at 4.3 bits (a digit-free random string; identifiers stay below).
 */
export function maskHighEntropyTokens(text) {
    return text.replace(TOKEN, (token) => (looksRandom(token) ? redact(token) : token));
}
function looksRandom(token) {
    const entropy = shannonEntropy(token);
    const letters = /[A-Za-z]/.test(token);
    const digits = /[0-9]/.test(token);
    if (letters && digits && entropy >= 3)
        return true;
    return token.length >= 32 && /[a-z]/.test(token) && /[A-Z]/.test(token) && entropy >= 4.3;
}
