import type { ScanResult } from '../types.js';
import { type RuleCatalog } from './rule-catalog.js';
/**
 * GitLab's secret detection report (`gl-secret-detection-report.json`, published with
 * `artifacts: reports: secret_detection:`), schema version 15.2.x. GitLab validates a report
 * against the version it declares and drops an invalid report whole, so every field the schema
 * requires is always written: scan times without fractions or zone, a commit for every
 * location, at least one identifier (the rule id first: GitLab tracks findings by it).
 * Never the raw secret (`raw_source_code_extract` is not written).
 */
export declare const GITLAB_REPORT_VERSION = "15.2.4";
/** When neither the finding (history scans) nor CI names a commit; the schema requires one. */
export declare const UNKNOWN_COMMIT = "0000000";
export interface GitlabOptions {
    rules: RuleCatalog;
    /** When the scan ended (the report's `end_time`). */
    now: Date;
    /** The scanned commit (CI_COMMIT_SHA), for findings that do not carry their own. */
    commitSha?: string;
}
export declare function formatGitlab(result: ScanResult, options: GitlabOptions): string;
/** `yyyy-mm-ddThh:mm:ss` in UTC, the only shape the schema accepts. */
export declare function gitlabTime(date: Date): string;
