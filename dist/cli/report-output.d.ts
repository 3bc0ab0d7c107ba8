import type { ResolvedConfig } from '../config/load.js';
import { type FormatName } from '../report/index.js';
import { type SuppressOptions } from '../suppress/apply.js';
import { type ScanResult, type Severity } from '../types.js';
import type { CliContext, ReportTarget } from './context.js';
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
export declare function emitResult(ctx: CliContext, raw: ScanResult, flags: ReportFlags, scope?: EmitScope): void;
export declare function writeWarnings(ctx: CliContext, result: ScanResult, flags: Pick<ReportFlags, 'quiet'>): void;
/** What `emitResult` does after the suppression step and its messages: reports and the exit code. */
export declare function emitReport(ctx: CliContext, result: ScanResult, flags: Omit<ReportFlags, 'baseline' | 'ignoreFile' | 'reportUnused'>, scope?: EmitScope): void;
/** The suppressions a command's flags ask for, loaded (a missing or broken file is an error, exit 2). */
export declare function loadSuppressions(ctx: CliContext, flags: Pick<ReportFlags, 'baseline' | 'ignoreFile'>): SuppressOptions;
export declare function failingFindings(result: ScanResult, failOn?: Severity): number;
