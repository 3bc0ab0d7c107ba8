import { styleText } from 'node:util';
import { MASK, redact } from '../engine/redact.js';
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
    for (const finding of result.findings) {
        const where = findingLabel(finding);
        if (where !== currentFile) {
            if (currentFile !== undefined)
                out.push('');
            out.push(paint('underline', where));
            currentFile = where;
        }
        const position = `${finding.line}:${finding.column}`.padEnd(8);
        const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(8));
        const confidence = finding.confidence === 'high' ? '' : paint('gray', ` (${finding.confidence} confidence)`);
        out.push(`  ${position} ${severity} ${finding.message}  ${paint('gray', `${finding.ruleId} ${finding.fingerprint}`)}${confidence}`);
        // The snippet holds each secret on its line once; findings come sorted by column.
        const key = `${findingLabel(finding)}\0${finding.line}\0${shownSecret(finding)}`;
        const occurrence = seenOnLine.get(key) ?? 0;
        seenOnLine.set(key, occurrence + 1);
        out.push(...codeFrame(finding, occurrence, paint));
        out.push(...fixLine(finding, paint));
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
function codeFrame(finding, occurrence, paint) {
    if (finding.snippet === undefined)
        return [];
    const shown = shownSecret(finding);
    const snippet = finding.snippet;
    let at = snippet.indexOf(shown);
    for (let n = 0; n < occurrence && at >= 0; n++)
        at = snippet.indexOf(shown, at + shown.length);
    const gutter = String(finding.line);
    const lines = [`    ${paint('gray', `${gutter} |`)} ${snippet}`];
    if (at >= 0) {
        const pad = ' '.repeat(gutter.length);
        lines.push(`    ${paint('gray', `${pad} |`)} ${mirrorIndent(snippet.slice(0, at))}${paint('red', '^'.repeat(shown.length))}`);
    }
    return lines;
}
/** Analyzers that know the remedy put it in `details.fix` (Terraform: the ephemeral resource, write-only argument or backend change). */
function fixLine(finding, paint) {
    const fix = finding.details?.['fix'];
    return typeof fix === 'string' && fix !== '' ? [`    ${paint('cyan', 'fix:')} ${fix}`] : [];
}
/** Spaces under the text before the secret, tabs kept as tabs so the caret lines up in a terminal. */
function mirrorIndent(prefix) {
    return prefix.replace(/[^\t]/g, ' ');
}
function listSkips(skipped) {
    const notable = skipped.filter((skip) => skip.reason !== 'binary');
    const lines = notable.slice(0, MAX_LISTED_SKIPS).map((skip) => `skipped ${skip.file}: ${describeSkip(skip)}`);
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
    const scanned = `scanned ${plural(stats.files, 'file')}, ${mib} MiB in ${seconds}`;
    const skipCounts = new Map();
    for (const skip of stats.skipped)
        skipCounts.set(skip.reason, (skipCounts.get(skip.reason) ?? 0) + 1);
    const skippedText = stats.skipped.length > 0
        ? `; skipped ${stats.skipped.length} (${[...skipCounts].map(([reason, n]) => `${n} ${reason.replace('-', ' ')}`).join(', ')})`
        : '';
    const suppressedText = describeSuppressed(result);
    if (findings.length === 0)
        return `${paint('green', '✔ no secrets found')}${suppressedText} · ${scanned}${skippedText}`;
    const bySeverity = new Map();
    for (const finding of findings)
        bySeverity.set(finding.severity, (bySeverity.get(finding.severity) ?? 0) + 1);
    const severities = [...bySeverity].map(([severity, n]) => `${n} ${severity}`).join(', ');
    const files = new Set(findings.map((f) => f.file)).size;
    return `${paint(['red', 'bold'], `✖ ${plural(findings.length, 'finding')}`)} (${severities}) in ${plural(files, 'file')}${suppressedText} · ${scanned}${skippedText}`;
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
