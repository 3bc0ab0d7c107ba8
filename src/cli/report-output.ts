import { appendFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ResolvedConfig } from '../config/load.js';
import { describeFsError, LeakgateError } from '../errors.js';
import { formatGithubStepSummary } from '../report/github.js';
import { formatReport, type FormatName, type FormatOptions } from '../report/index.js';
import { createRuleCatalog } from '../report/rule-catalog.js';
import { DEFAULT_WIDTH, summaryLine } from '../report/text.js';
import { escapeControls } from '../report/terminal-text.js';
import { loadBaselineSync } from '../suppress/baseline.js';
import { suppressResult, type SuppressOptions } from '../suppress/apply.js';
import { loadIgnoreFileSync, loadNearestIgnoreFileSync } from '../suppress/ignore-file.js';
import { SEVERITIES, type ScanResult, type Severity, type UnusedSuppression } from '../types.js';
import type { CliContext, ReportTarget } from './context.js';
import { shouldColor } from './terminal.js';

export interface ReportFlags {
  /** Unset: `text`, or `github` inside GitHub Actions when writing to stdout. */
  format?: FormatName;
  output?: string;
  /** `--report FORMAT=FILE`: more reports, each written to its file. */
  report?: ReportTarget[];
  quiet?: boolean;
  color?: boolean;
  exitCode: number;
  /** Findings below this severity are reported but do not fail (default: every finding fails). */
  failOn?: Severity;
  /** `--baseline FILE`: report only findings not in it. */
  baseline?: string;
  /** `--ignore-file FILE`, false from `--no-ignore-file`; unset: the nearest `.leakgateignore`. */
  ignoreFile?: string | false;
  reportUnused?: boolean;
}

/** What a command knows beyond its flags; the config's rules describe findings in SARIF and GitLab reports. */
export interface EmitScope {
  config?: Pick<ResolvedConfig, 'rules'>;
}

/**
 * Writes a scan result the way every scanning command does. Suppressions first
 * (`.leakgateignore`, then `--baseline`), then warnings to stderr, `--report` files, the main
 * report to stdout or `--output`, and the exit code: `--exit-code` (default 1) when a finding at
 * or above `--fail-on` remains, else 0. Writing report files never changes the exit code.
 */
export function emitResult(ctx: CliContext, raw: ScanResult, flags: ReportFlags, scope: EmitScope = {}): void {
  const result = suppressResult(raw, { ...loadSuppressions(ctx, flags), reportUnused: flags.reportUnused ?? false });
  writeWarnings(ctx, result, flags);
  if (flags.reportUnused) writeUnused(ctx, result.suppression?.unused ?? []);
  emitReport(ctx, result, flags, scope);
}

export function writeWarnings(ctx: CliContext, result: ScanResult, flags: Pick<ReportFlags, 'quiet'>): void {
  if (!flags.quiet) for (const warning of result.stats.warnings) ctx.stderr.write(`leakgate: warning: ${escapeControls(warning)}\n`);
}

/** What `emitResult` does after the suppression step and its messages: reports and the exit code. */
export function emitReport(ctx: CliContext, result: ScanResult, flags: Omit<ReportFlags, 'baseline' | 'ignoreFile' | 'reportUnused'>, scope: EmitScope = {}): void {
  const options: FormatOptions = {
    color: false,
    quiet: flags.quiet ?? false,
    rules: createRuleCatalog(scope.config?.rules),
    now: new Date(),
    width: reportWidth(ctx),
    ...commitOf(ctx.env),
  };
  for (const target of flags.report ?? []) writeReport(ctx, target.file, formatReport(target.format, result, options));

  const format = flags.format ?? (ctx.env['GITHUB_ACTIONS'] === 'true' && !flags.output ? 'github' : 'text');
  if (flags.output) {
    writeReport(ctx, flags.output, formatReport(format, result, options));
    if (!flags.quiet) ctx.stderr.write(`${summaryLine(result)} · report written to ${flags.output}\n`);
  } else {
    const color = format === 'text' && shouldColor(flags.color, ctx.stdout, ctx.env);
    ctx.stdout.write(formatReport(format, result, { ...options, color }));
    if (format === 'github') appendStepSummary(ctx, result);
  }
  ctx.exitCode = failingFindings(result, flags.failOn) > 0 ? flags.exitCode : 0;
}

/** The suppressions a command's flags ask for, loaded (a missing or broken file is an error, exit 2). */
export function loadSuppressions(ctx: CliContext, flags: Pick<ReportFlags, 'baseline' | 'ignoreFile'>): SuppressOptions {
  const options: SuppressOptions = {};
  const ignore =
    flags.ignoreFile === false
      ? undefined
      : flags.ignoreFile
        ? loadIgnoreFileSync(flags.ignoreFile, { cwd: ctx.cwd })
        : loadNearestIgnoreFileSync(ctx.cwd, { cwd: ctx.cwd });
  if (ignore) options.ignore = ignore;
  if (flags.baseline) options.baseline = loadBaselineSync(flags.baseline, { cwd: ctx.cwd });
  return options;
}

export function failingFindings(result: ScanResult, failOn: Severity = 'info'): number {
  const threshold = SEVERITIES.indexOf(failOn);
  return result.findings.filter((finding) => SEVERITIES.indexOf(finding.severity) <= threshold).length;
}

function writeReport(ctx: CliContext, file: string, text: string): void {
  try {
    writeFileSync(resolve(ctx.cwd, file), text);
  } catch (error) {
    throw new LeakgateError(`cannot write ${file}: ${describeFsError(error, 'write')}`);
  }
}

function writeUnused(ctx: CliContext, unused: readonly UnusedSuppression[]): void {
  for (const entry of unused) {
    if (entry.source === 'ignore-file') {
      const reason = entry.reason ? ` (${entry.reason})` : '';
      ctx.stderr.write(`leakgate: unused: ${entry.file}:${entry.line}: ${entry.fingerprint}${reason} matches no finding\n`);
    } else {
      const of = entry.count !== undefined && entry.count > 1 ? ` (${entry.unused} of ${entry.count})` : '';
      ctx.stderr.write(`leakgate: unused: ${entry.file}: ${entry.fingerprint} ${entry.ruleId} in ${entry.path} matches no finding${of}\n`);
    }
  }
  ctx.stderr.write(
    unused.length === 0
      ? 'leakgate: no unused suppression entries\n'
      : `leakgate: ${unused.length} unused suppression ${unused.length === 1 ? 'entry' : 'entries'}: delete ${unused.length === 1 ? 'it' : 'them'}, or rewrite the baseline with \`leakgate baseline\`\n`,
  );
}

/** GitHub Actions: a Markdown job summary listing every finding, past the annotation limit too. */
function appendStepSummary(ctx: CliContext, result: ScanResult): void {
  const file = ctx.env['GITHUB_STEP_SUMMARY'];
  if (!file) return;
  try {
    appendFileSync(file, formatGithubStepSummary(result));
  } catch (error) {
    ctx.stderr.write(`leakgate: warning: cannot write the job summary: ${describeFsError(error, 'write')}\n`);
  }
}

/** Text reports fit the terminal; when not writing to one, `COLUMNS` or 80. */
function reportWidth(ctx: CliContext): number {
  if (ctx.stdout.isTTY && ctx.stdout.columns > 0) return ctx.stdout.columns;
  const columns = Number(ctx.env['COLUMNS']);
  return Number.isInteger(columns) && columns > 0 ? columns : DEFAULT_WIDTH;
}

function commitOf(env: NodeJS.ProcessEnv): { commitSha?: string } {
  const sha = env['CI_COMMIT_SHA'] || env['GITHUB_SHA'];
  return sha ? { commitSha: sha } : {};
}
