import { TOOL_NAME, VERSION } from '../version.js';
/**
 * The versioned JSON report. Within a major `version`, fields are only ever added.
 * `{ version: 1, tool, findings: Finding[], stats, suppression? }`; findings are sorted by file,
 * line, column. `suppression` (counts of ignored and baselined findings, and with
 * `--report-unused` the entries that matched nothing) is there once suppressions were applied.
 */
export const JSON_REPORT_VERSION = 1;
export function formatJson(result) {
    const report = {
        version: JSON_REPORT_VERSION,
        tool: { name: TOOL_NAME, version: VERSION },
        findings: result.findings,
        stats: { ...result.stats, durationMs: Math.round(result.stats.durationMs) },
        ...(result.suppression ? { suppression: result.suppression } : {}),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
