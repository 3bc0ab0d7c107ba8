import type { ScanResult } from '../types.js';
/**
 * The versioned JSON report. Within a major `version`, fields are only ever added.
 * `{ version: 1, tool, findings: Finding[], stats, suppression? }`; findings are sorted by file,
 * line, column. `suppression` (counts of ignored and baselined findings, and with
 * `--report-unused` the entries that matched nothing) is there once suppressions were applied.
 */
export declare const JSON_REPORT_VERSION = 1;
export declare function formatJson(result: ScanResult): string;
