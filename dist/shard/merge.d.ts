import type { Finding, ScanResult, SuppressionSummary } from '../types.js';
/**
 * Joins the JSON reports of shards (or of separate scans, e.g. one per repository) into one
 * result that the report writers take like any scan's. A finding reported twice at the same
 * place (same fingerprint, file, position and commit) is kept once; counts add up; the run took
 * as long as its slowest shard; a suppression entry is unused only if no shard used it.
 */
export interface JsonReport {
    version: number;
    tool?: {
        name?: string;
        version?: string;
    };
    findings: Finding[];
    stats: ScanResult['stats'];
    suppression?: SuppressionSummary;
}
export declare function readJsonReport(file: string, cwd: string): JsonReport;
export declare function mergeReports(reports: readonly JsonReport[]): ScanResult;
