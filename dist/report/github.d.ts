import { type ScanResult } from '../types.js';
/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding,
 * shown on the pull request's diff. GitHub keeps at most 10 annotations of each level per step
 * (and 50 per job), so the most severe findings are annotated first and the rest are listed as
 * plain log lines under a line that says how many were not annotated; the SARIF report carries
 * them all. The default for text output when GITHUB_ACTIONS=true.
 */
export declare const ANNOTATIONS_PER_LEVEL = 10;
export interface GithubOptions {
    quiet?: boolean;
}
export declare function formatGithub(result: ScanResult, options?: GithubOptions): string;
/** As @actions/core escapes command data: `%`, CR and LF. */
export declare function escapeData(text: string): string;
/** Property values additionally escape `:` and `,`, which delimit properties. */
export declare function escapeProperty(text: string): string;
/**
 * A Markdown job summary (for `$GITHUB_STEP_SUMMARY`): every finding in a table, so the ones
 * past the annotation limit are one click away too. At most `limit` rows.
 */
export declare function formatGithubStepSummary(result: ScanResult, limit?: number): string;
