import { SEVERITIES } from '../types.js';
import { escapeControls } from './terminal-text.js';
import { summaryLine } from './text.js';
/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding,
 * shown on the pull request's diff. GitHub keeps at most 10 annotations of each level per step
 * (and 50 per job), so the most severe findings are annotated first and the rest are listed as
 * plain log lines under a line that says how many were not annotated; the SARIF report carries
 * them all. The default for text output when GITHUB_ACTIONS=true.
 */
export const ANNOTATIONS_PER_LEVEL = 10;
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'notice',
    info: 'notice',
};
export function formatGithub(result, options = {}) {
    const bySeverity = [...result.findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    const used = { error: 0, warning: 0, notice: 0 };
    const annotated = new Set();
    for (const finding of bySeverity) {
        const level = LEVEL[finding.severity];
        if (used[level] < ANNOTATIONS_PER_LEVEL) {
            used[level] += 1;
            annotated.add(finding);
        }
    }
    const out = [];
    for (const finding of result.findings)
        if (annotated.has(finding))
            out.push(annotation(finding));
    const rest = result.findings.filter((finding) => !annotated.has(finding));
    if (rest.length > 0) {
        out.push(`leakgate: ${rest.length} more finding${rest.length === 1 ? ' was' : 's were'} not annotated (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; the SARIF report has them all):`);
        for (const finding of rest)
            out.push(`  ${logLine(finding)}`);
    }
    if (!options.quiet)
        out.push(summaryLine(result));
    return out.length > 0 ? `${out.join('\n')}\n` : '';
}
function annotation(finding) {
    // GitHub rejects column ranges on annotations that span lines.
    const sameLine = finding.line === finding.endLine;
    const properties = [
        `file=${escapeProperty(finding.file)}`,
        `line=${finding.line}`,
        ...(sameLine ? [`col=${finding.column}`] : []),
        `endLine=${finding.endLine}`,
        ...(sameLine ? [`endColumn=${finding.endColumn}`] : []),
        `title=${escapeProperty(`${finding.message} (${finding.ruleId})`)}`,
    ];
    const commit = finding.commit ? ` in commit ${finding.commit.slice(0, 12)}` : '';
    const message = `${finding.severity} ${finding.ruleId}: ${finding.message} ${finding.secret}${commit} (fingerprint ${finding.fingerprint})`;
    return `::${LEVEL[finding.severity]} ${properties.join(',')}::${escapeData(message)}`;
}
/** A plain log line: a line break in a file name would start a workflow command of its own, so controls are escaped. */
function logLine(finding) {
    const commit = finding.commit ? ` @ ${finding.commit.slice(0, 12)}` : '';
    return `${escapeControls(finding.file)}:${finding.line}:${finding.column}${commit}: ${finding.severity} ${finding.ruleId}: ${finding.message} ${finding.secret} (fingerprint ${finding.fingerprint})`;
}
/** As @actions/core escapes command data: `%`, CR and LF. */
export function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Property values additionally escape `:` and `,`, which delimit properties. */
export function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * A Markdown job summary (for `$GITHUB_STEP_SUMMARY`): every finding in a table, so the ones
 * past the annotation limit are one click away too. At most `limit` rows.
 */
export function formatGithubStepSummary(result, limit = 200) {
    const lines = ['### leakgate', '', summaryLine(result), ''];
    if (result.findings.length > 0) {
        lines.push('| severity | rule | location | secret | fingerprint |', '| --- | --- | --- | --- | --- |');
        for (const finding of result.findings.slice(0, limit)) {
            const commit = finding.commit ? ` @ ${finding.commit.slice(0, 12)}` : '';
            lines.push(`| ${finding.severity} | ${cell(finding.ruleId)} | ${cell(`${finding.file}:${finding.line}:${finding.column}${commit}`)} | ${code(finding.secret)} | ${code(finding.fingerprint)} |`);
        }
        if (result.findings.length > limit)
            lines.push('', `…and ${result.findings.length - limit} more (see the SARIF or JSON report).`);
        lines.push('');
    }
    return `${lines.join('\n')}\n`;
}
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}
function code(text) {
    return `<code>${cell(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code>`;
}
