import type { Finding } from '../types.js';
/**
 * A baseline: the findings a repository already had when it adopted leakgate, so that CI
 * fails only on new ones. It records, per path, which fingerprints occur there and how many
 * times; never a secret, a line number or a timestamp. So it does not churn: rewriting it on an
 * unchanged repository gives the same bytes, and edits around a secret leave it alone.
 *
 *     { "version": 1, "tool": "leakgate",
 *       "entries": [{ "fingerprint": "a6e37bd6978e8010", "ruleId": "aws-access-key-id", "path": "src/config.ts", "count": 1 }] }
 */
export declare const BASELINE_VERSION = 1;
export declare const DEFAULT_BASELINE_FILE = ".leakgate-baseline.json";
export interface BaselineEntry {
    fingerprint: string;
    ruleId: string;
    /** Where the finding was when the baseline was written (matching prefers it, but does not need it). */
    path: string;
    /** How many findings with this fingerprint were at this path. */
    count: number;
}
export interface Baseline {
    /** The baseline file as shown in messages, when it was read from one. */
    file?: string;
    entries: BaselineEntry[];
}
/** The baseline of a set of findings: grouped by fingerprint, rule and path, sorted, counted. */
export declare function createBaseline(findings: readonly Finding[]): Baseline;
/** The file text: fixed key order, sorted entries, two-space indent, final newline. */
export declare function formatBaseline(baseline: Baseline): string;
export declare function parseBaseline(text: string, file: string): Baseline;
export declare function loadBaselineSync(path: string, options?: {
    cwd?: string;
}): Baseline;
/** Writes a baseline through a temporary file and a rename, so a failed write never leaves half a baseline. */
export declare function writeBaselineSync(path: string, baseline: Baseline, options?: {
    cwd?: string;
}): void;
