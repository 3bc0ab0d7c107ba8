import { appendFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeFsError, LeakgateError } from '../errors.js';
import { formatGithubStepSummary } from '../report/github.js';
import { formatReport } from '../report/index.js';
import { createRuleCatalog } from '../report/rule-catalog.js';
import { DEFAULT_WIDTH, summaryLine } from '../report/text.js';
import { escapeControls } from '../report/terminal-text.js';
import { loadBaselineSync } from '../suppress/baseline.js';
import { suppressResult } from '../suppress/apply.js';
import { loadIgnoreFileSync, loadNearestIgnoreFileSync } from '../suppress/ignore-file.js';
import { SEVERITIES } from '../types.js';
import { shouldColor } from './terminal.js';
/**
 * Writes a scan result the way every scanning command does. Suppressions first
 * (`.leakgateignore`, then `--baseline`), then warnings to stderr, `--report` files, the main
 * report to stdout or `--output`, and the exit code: `--exit-code` (default 1) when a finding at
 * or above `--fail-on` remains, else 0. Writing report files never changes the exit code.
 */
export function emitResult(ctx, raw, flags, scope = {}) {
    const result = suppressResult(raw, { ...loadSuppressions(ctx, flags), reportUnused: flags.reportUnused ?? false });
    writeWarnings(ctx, result, flags);
    if (flags.reportUnused)
        writeUnused(ctx, result.suppression?.unused ?? []);
    emitReport(ctx, result, flags, scope);
}
export function writeWarnings(ctx, result, flags) {
    if (!flags.quiet)
        for (const warning of result.stats.warnings)
            ctx.stderr.write(`leakgate: warning: ${escapeControls(warning)}\n`);
}
/** What `emitResult` does after the suppression step and its messages: reports and the exit code. */
export function emitReport(ctx, result, flags, scope = {}) {
    const options = {
        color: false,
        quiet: flags.quiet ?? false,
        rules: createRuleCatalog(scope.config?.rules),
        now: new Date(),
        width: reportWidth(ctx),
        ...commitOf(ctx.env),
    };
    for (const target of flags.report ?? [])
        writeReport(ctx, target.file, formatReport(target.format, result, options));
    const format = flags.format ?? (ctx.env['GITHUB_ACTIONS'] === 'true' && !flags.output ? 'github' : 'text');
    if (flags.output) {
        writeReport(ctx, flags.output, formatReport(format, result, options));
        if (!flags.quiet)
            ctx.stderr.write(`${summaryLine(result)} · report written to ${flags.output}\n`);
    }
    else {
        const color = format === 'text' && shouldColor(flags.color, ctx.stdout, ctx.env);
        ctx.stdout.write(formatReport(format, result, { ...options, color }));
        if (format === 'github')
            appendStepSummary(ctx, result);
    }
    ctx.exitCode = failingFindings(result, flags.failOn) > 0 ? flags.exitCode : 0;
}
/** The suppressions a command's flags ask for, loaded (a missing or broken file is an error, exit 2). */
export function loadSuppressions(ctx, flags) {
    const options = {};
    const ignore = flags.ignoreFile === false
        ? undefined
        : flags.ignoreFile
            ? loadIgnoreFileSync(flags.ignoreFile, { cwd: ctx.cwd })
            : loadNearestIgnoreFileSync(ctx.cwd, { cwd: ctx.cwd });
    if (ignore)
        options.ignore = ignore;
    if (flags.baseline)
        options.baseline = loadBaselineSync(flags.baseline, { cwd: ctx.cwd });
    return options;
}
export function failingFindings(result, failOn = 'info') {
    const threshold = SEVERITIES.indexOf(failOn);
    return result.findings.filter((finding) => SEVERITIES.indexOf(finding.severity) <= threshold).length;
}
function writeReport(ctx, file, text) {
    try {
        writeFileSync(resolve(ctx.cwd, file), text);
    }
    catch (error) {
        throw new LeakgateError(`cannot write ${file}: ${describeFsError(error, 'write')}`);
    }
}
function writeUnused(ctx, unused) {
    for (const entry of unused) {
        if (entry.source === 'ignore-file') {
            const reason = entry.reason ? ` (${entry.reason})` : '';
            ctx.stderr.write(`leakgate: unused: ${entry.file}:${entry.line}: ${entry.fingerprint}${reason} matches no finding\n`);
        }
        else {
            const of = entry.count !== undefined && entry.count > 1 ? ` (${entry.unused} of ${entry.count})` : '';
            ctx.stderr.write(`leakgate: unused: ${entry.file}: ${entry.fingerprint} ${entry.ruleId} in ${entry.path} matches no finding${of}\n`);
        }
    }
    ctx.stderr.write(unused.length === 0
        ? 'leakgate: no unused suppression entries\n'
        : `leakgate: ${unused.length} unused suppression ${unused.length === 1 ? 'entry' : 'entries'}: delete ${unused.length === 1 ? 'it' : 'them'}, or rewrite the baseline with \`leakgate baseline\`\n`);
}
/** GitHub Actions: a Markdown job summary listing every finding, past the annotation limit too. */
function appendStepSummary(ctx, result) {
    const file = ctx.env['GITHUB_STEP_SUMMARY'];
    if (!file)
        return;
    try {
        appendFileSync(file, formatGithubStepSummary(result));
    }
    catch (error) {
        ctx.stderr.write(`leakgate: warning: cannot write the job summary: ${describeFsError(error, 'write')}\n`);
    }
}
/** Text reports fit the terminal; when not writing to one, `COLUMNS` or 80. */
function reportWidth(ctx) {
    if (ctx.stdout.isTTY && ctx.stdout.columns > 0)
        return ctx.stdout.columns;
    const columns = Number(ctx.env['COLUMNS']);
    return Number.isInteger(columns) && columns > 0 ? columns : DEFAULT_WIDTH;
}
function commitOf(env) {
    const sha = env['CI_COMMIT_SHA'] || env['GITHUB_SHA'];
    return sha ? { commitSha: sha } : {};
}
