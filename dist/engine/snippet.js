import { redactLine } from './redact.js';
/** Characters kept on each side of the finding; the text report clips further to the terminal's width. */
const SNIPPET_RADIUS = 80;
/** How much of a long (minified) line around the finding is redacted before clipping. */
const REDACT_RADIUS = 2048;
/**
 * How far around a finding to look for other secret-shaped spans on its line: past the redacted
 * part, so a value whose name lies just outside it is still captured by its rule.
 */
export const SECRET_SHAPED_MARGIN = 2 * REDACT_RADIUS;
/** Where on `line` the secret-shaped spans a snippet of `finding` needs are looked for. */
export function secretShapedReach(lines, line, finding) {
    const bounds = lines.lineBounds(line);
    return { start: Math.max(bounds.start, finding.start - SECRET_SHAPED_MARGIN), end: Math.min(bounds.end, finding.end + SECRET_SHAPED_MARGIN) };
}
/**
 * The finding's first line, redacted by the one redactor (every secret starting on it, every
 * other secret-shaped span the engine saw there, high-entropy tokens), clipped around the finding.
 */
export function snippetFor(text, lines, line, finding, onLine, secretShaped = []) {
    const bounds = lines.lineBounds(line);
    const start = Math.max(bounds.start, finding.start - REDACT_RADIUS);
    const end = Math.min(bounds.end, finding.end + REDACT_RADIUS);
    const relative = (span) => ({ start: span.start - start, end: span.end - start });
    // Only spans in reach: a minified line can hold thousands, and each of its findings has a snippet.
    const inReach = (span) => span.end > start && span.start < end;
    const nearby = onLine.filter(inReach);
    // A finding whose span is not a secret (a Terraform hygiene finding) is not masked, only located.
    const reported = nearby.some((span) => span.start === finding.start) ? nearby : [{ start: finding.start, end: finding.start }, ...nearby];
    const redacted = redactLine(text.slice(start, end), reported.map(relative), secretShaped.filter(inReach).map(relative));
    const at = redacted.reportedAt[reported.findIndex((span) => span.start === finding.start)] ?? 0;
    const out = redacted.text;
    const clippedBefore = start > bounds.start;
    const clippedAfter = end < bounds.end;
    if (out.length <= SNIPPET_RADIUS * 2 && !clippedBefore && !clippedAfter)
        return out;
    const from = Math.max(0, Math.min(at - SNIPPET_RADIUS, out.length - SNIPPET_RADIUS * 2));
    const to = Math.min(out.length, from + SNIPPET_RADIUS * 2);
    return (from > 0 || clippedBefore ? '…' : '') + out.slice(from, to) + (to < out.length || clippedAfter ? '…' : '');
}
