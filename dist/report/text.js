import { styleText } from 'node:util';
import { MASK, redact } from '../engine/redact.js';
import { SEVERITIES } from '../types.js';
import { displayWidth, escapeControls, headToWidth, tailToWidth, wrapWords } from './terminal-text.js';
export const DEFAULT_WIDTH = 80;
/** Narrower than this, layout stops trying and lets the terminal wrap. */
const MIN_WIDTH = 40;
/** Where a header's rule id and fingerprint go when they do not fit after the message. */
const HEADER_INDENT = 20;
const TAB = '    ';
const FIX_LEAD = '    fix: ';
const SEVERITY_STYLE = {
    critical: ['red', 'bold'],
    high: 'red',
    medium: 'yellow',
    low: 'cyan',
    info: 'gray',
};
const MAX_LISTED_SKIPS = 20;
export function formatText(result, options) {
    const paint = (style, text) => (options.color ? styleText(style, text, { validateStream: false }) : text);
    const out = [];
    let currentFile;
    const seenOnLine = new Map();
    const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
    for (const finding of result.findings) {
        const where = escapeControls(findingLabel(finding));
        if (where !== currentFile) {
            if (currentFile !== undefined)
                out.push('');
            out.push(paint('underline', where));
            currentFile = where;
        }
        out.push(...header(finding, width, paint));
        // The snippet holds each secret on its line once; findings come sorted by column.
        const key = `${findingLabel(finding)}\0${finding.line}\0${shownSecret(finding)}`;
        const occurrence = seenOnLine.get(key) ?? 0;
        seenOnLine.set(key, occurrence + 1);
        out.push(...codeFrame(finding, occurrence, width, paint));
        out.push(...fixLine(finding, width, paint));
    }
    if (!options.quiet) {
        const skipLines = listSkips(result.stats.skipped);
        if (skipLines.length > 0) {
            if (out.length > 0)
                out.push('');
            out.push(...skipLines.map((line) => paint('gray', line)));
        }
        if (out.length > 0)
            out.push('');
        out.push(summaryLine(result, paint));
    }
    return out.length > 0 ? `${out.join('\n')}\n` : '';
}
function findingLabel(finding) {
    return finding.commit ? `${finding.file} @ ${finding.commit.slice(0, 12)}` : finding.file || '<text>';
}
function shownSecret(finding) {
    return finding.secret.endsWith(MASK) ? finding.secret : redact(finding.secret);
}
/**
 * `position severity message  rule-id fingerprint`, on one line when it fits; otherwise the
 * message wraps between words and the rule id and fingerprint (which a `.leakgateignore`
 * entry names, so they must stay whole to be copied) go on a line of their own.
 */
function header(finding, width, paint) {
    const position = `${finding.line}:${finding.column}`.padEnd(8);
    const lead = `  ${position} ${finding.severity.padEnd(8)} `;
    const message = escapeControls(finding.message);
    const confidence = finding.confidence === 'high' ? '' : ` (${finding.confidence} confidence)`;
    const identity = `${escapeControls(finding.ruleId)} ${finding.fingerprint}${confidence}`;
    const paintedLead = `  ${position} ${paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(8))} `;
    const paintedIdentity = paint('gray', identity);
    if (displayWidth(lead) + displayWidth(message) + 2 + displayWidth(identity) <= width)
        return [`${paintedLead}${message}  ${paintedIdentity}`];
    const messageLines = wrapWords(message.split(' '), width, displayWidth(lead), HEADER_INDENT);
    const indent = HEADER_INDENT + displayWidth(identity) <= width ? HEADER_INDENT : 4;
    return [`${paintedLead}${messageLines[0]}`, ...messageLines.slice(1), `${' '.repeat(indent)}${paintedIdentity}`];
}
/**
 * The snippet under a gutter, clipped to the width around the secret, with a caret under it.
 * Widths are measured as the terminal draws them (escapes, tabs, wide characters).
 */
function codeFrame(finding, occurrence, width, paint) {
    if (finding.snippet === undefined)
        return [];
    const shown = shownSecret(finding);
    const snippet = finding.snippet;
    let at = snippet.indexOf(shown);
    for (let n = 0; n < occurrence && at >= 0; n++)
        at = snippet.indexOf(shown, at + shown.length);
    const gutter = String(finding.line);
    const room = Math.max(MIN_WIDTH / 2, width - (gutter.length + 7));
    const frame = (text) => `    ${paint('gray', `${gutter} |`)} ${text}`;
    if (at < 0) {
        const line = visible(snippet);
        return [frame(displayWidth(line) <= room ? line : `${headToWidth(line, room - 1)}…`)];
    }
    const before = visible(snippet.slice(0, at));
    const secret = visible(shown);
    const after = visible(snippet.slice(at + shown.length));
    const [left, right] = clipAround(before, displayWidth(secret), after, room);
    const pad = ' '.repeat(gutter.length);
    return [frame(`${left}${secret}${right}`), `    ${paint('gray', `${pad} |`)} ${' '.repeat(displayWidth(left))}${paint('red', '^'.repeat(Math.max(1, displayWidth(secret))))}`];
}
/** What of the text before and after the secret fits in `room` columns, `…` marking a cut; the secret itself is always shown. */
function clipAround(before, secretWidth, after, room) {
    const beforeWidth = displayWidth(before);
    const afterWidth = displayWidth(after);
    if (beforeWidth + secretWidth + afterWidth <= room)
        return [before, after];
    const free = Math.max(0, room - secretWidth);
    // Context before the secret gets half the room, or more when the rest of the line is short.
    const leftRoom = Math.min(beforeWidth, Math.max(Math.floor(free / 2), free - afterWidth));
    const rightRoom = free - leftRoom;
    const left = leftRoom < beforeWidth ? `…${tailToWidth(before, Math.max(0, leftRoom - 1))}` : before;
    const right = rightRoom < afterWidth ? `${headToWidth(after, Math.max(0, rightRoom - 1))}…` : after;
    return [left, right];
}
/** Snippet text as it is printed: tabs as spaces (so widths are known), every control character escaped. */
function visible(text) {
    return escapeControls(text.replace(/\t/g, TAB));
}
/** Analyzers that know the remedy put it in `details.fix` (Terraform: the ephemeral resource, write-only argument or backend change). */
function fixLine(finding, width, paint) {
    const fix = finding.details?.['fix'];
    if (typeof fix !== 'string' || fix === '')
        return [];
    const [first = '', ...rest] = wrapWords(escapeControls(fix).split(' '), width, FIX_LEAD.length, FIX_LEAD.length);
    return [`    ${paint('cyan', 'fix:')} ${first}`, ...rest];
}
function listSkips(skipped) {
    const notable = skipped.filter((skip) => skip.reason !== 'binary');
    const lines = notable.slice(0, MAX_LISTED_SKIPS).map((skip) => escapeControls(`skipped ${skip.file}: ${describeSkip(skip)}`));
    if (notable.length > MAX_LISTED_SKIPS)
        lines.push(`skipped ${notable.length - MAX_LISTED_SKIPS} more (see --format json)`);
    return lines;
}
function describeSkip(skip) {
    switch (skip.reason) {
        case 'too-large':
            return `larger than --max-file-size (${skip.detail ?? ''})`;
        case 'unreadable':
            return `unreadable (${skip.detail ?? 'error'})`;
        case 'symlink-loop':
            return 'symlink loop';
        case 'binary':
            return 'binary';
    }
}
export function summaryLine(result, paint = (_s, t) => t) {
    const { stats, findings } = result;
    const mib = (stats.bytes / (1024 * 1024)).toFixed(stats.bytes >= 10 * 1024 * 1024 ? 0 : 1);
    const seconds = stats.durationMs >= 1000 ? `${(stats.durationMs / 1000).toFixed(1)} s` : `${Math.round(stats.durationMs)} ms`;
    const scanned = `scanned ${whatWasRead(stats)}, ${mib} MiB in ${seconds}`;
    const skipCounts = new Map();
    for (const skip of stats.skipped)
        skipCounts.set(skip.reason, (skipCounts.get(skip.reason) ?? 0) + 1);
    const skippedText = stats.skipped.length > 0
        ? `; skipped ${stats.skipped.length} (${[...skipCounts].map(([reason, n]) => `${n} ${reason.replace('-', ' ')}`).join(', ')})`
        : '';
    const suppressedText = describeSuppressed(result);
    if (findings.length === 0)
        return `${paint('green', '✔ no secrets found')}${suppressedText} · ${scanned}${skippedText}`;
    const severities = SEVERITIES.map((severity) => [severity, findings.filter((f) => f.severity === severity).length])
        .filter(([, n]) => n > 0)
        .map(([severity, n]) => `${n} ${severity}`)
        .join(', ');
    const files = new Set(findings.map((f) => f.file)).size;
    return `${paint(['red', 'bold'], `✖ ${plural(findings.length, 'finding')}`)} (${severities}) in ${plural(files, 'file')}${suppressedText} · ${scanned}${skippedText}`;
}
/** `3 files`; a history scan reads blobs (each version of a file once): `7 blobs from 3 commits`. */
export function whatWasRead(stats) {
    return stats.commits === undefined ? plural(stats.files, 'file') : `${plural(stats.files, 'blob')} from ${plural(stats.commits, 'commit')}`;
}
function describeSuppressed(result) {
    const { ignored = 0, baselined = 0 } = result.suppression ?? {};
    if (ignored + baselined === 0)
        return '';
    const parts = [baselined > 0 ? `${baselined} by the baseline` : '', ignored > 0 ? `${ignored} by .leakgateignore` : ''].filter(Boolean);
    return ` (${ignored + baselined} suppressed: ${parts.join(', ')})`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
