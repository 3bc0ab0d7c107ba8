import type { ScanResult } from '../types.js';
import { TOOL_NAME, VERSION } from '../version.js';

/**
 * The versioned JSON report. Within a major `version`, fields are only ever added.
 * `{ version: 1, tool, findings: Finding[], stats }`; findings are sorted by file, line, column.
 */
export const JSON_REPORT_VERSION = 1;

export function formatJson(result: ScanResult): string {
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    findings: result.findings,
    stats: { ...result.stats, durationMs: Math.round(result.stats.durationMs) },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
