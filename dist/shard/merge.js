import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LeakgateError } from '../errors.js';
import { JSON_REPORT_VERSION } from '../report/json.js';
import { sortFindings } from '../sources/sort-findings.js';
export function readJsonReport(file, cwd) {
    let text;
    try {
        text = readFileSync(resolve(cwd, file), 'utf8');
    }
    catch (error) {
        throw new LeakgateError(`cannot read ${file}: ${error.code ?? error.message}`);
    }
    let report;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        throw new LeakgateError(`${file} is not JSON: ${error.message}`);
    }
    if (!isJsonReport(report))
        throw new LeakgateError(`${file} is not a leakgate JSON report (write one with --format json)`);
    if (report.version !== JSON_REPORT_VERSION)
        throw new LeakgateError(`${file} is a version ${report.version} report; this leakgate merges version ${JSON_REPORT_VERSION}`);
    return report;
}
function isJsonReport(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const report = value;
    const stats = report.stats;
    return (typeof report.version === 'number' &&
        Array.isArray(report.findings) &&
        typeof stats === 'object' &&
        stats !== null &&
        typeof stats.files === 'number' &&
        typeof stats.bytes === 'number' &&
        Array.isArray(stats.skipped) &&
        Array.isArray(stats.warnings));
}
export function mergeReports(reports) {
    const findings = new Map();
    const skipped = new Map();
    const warnings = new Set();
    let files = 0;
    let bytes = 0;
    let durationMs = 0;
    // Every history shard reads the same commits (it picks blobs, not commits).
    let commits;
    const versions = new Set();
    for (const report of reports) {
        for (const finding of report.findings) {
            const key = [finding.fingerprint, finding.file, finding.line, finding.column, finding.commit ?? ''].join('\u0000');
            if (!findings.has(key))
                findings.set(key, finding);
        }
        for (const skip of report.stats.skipped)
            skipped.set([skip.file, skip.reason, skip.detail ?? ''].join('\u0000'), skip);
        for (const warning of report.stats.warnings)
            warnings.add(warning);
        files += report.stats.files;
        bytes += report.stats.bytes;
        durationMs = Math.max(durationMs, report.stats.durationMs ?? 0);
        if (report.stats.commits !== undefined)
            commits = Math.max(commits ?? 0, report.stats.commits);
        if (report.tool?.version)
            versions.add(report.tool.version);
    }
    if (versions.size > 1)
        warnings.add(`the merged reports come from different leakgate versions (${[...versions].sort().join(', ')})`);
    const merged = [...findings.values()];
    // The order every source reports in: oldest introduction first among equals (history), then file, line, column.
    merged.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.commit ?? '').localeCompare(b.commit ?? ''));
    sortFindings(merged);
    const skips = [...skipped.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const suppression = mergeSuppression(reports);
    return {
        findings: merged,
        stats: { files, bytes, durationMs, findings: merged.length, skipped: skips, warnings: [...warnings], ...(commits !== undefined ? { commits } : {}) },
        ...(suppression ? { suppression } : {}),
    };
}
function mergeSuppression(reports) {
    const summaries = reports.map((report) => report.suppression);
    if (summaries.every((summary) => summary === undefined))
        return undefined;
    const merged = { ignored: 0, baselined: 0 };
    for (const summary of summaries) {
        merged.ignored += summary?.ignored ?? 0;
        merged.baselined += summary?.baselined ?? 0;
    }
    if (summaries.every((summary) => summary?.unused !== undefined)) {
        const key = (entry) => [entry.source, entry.file, entry.fingerprint, entry.line ?? '', entry.path ?? ''].join('\u0000');
        const unusedIn = summaries.map((summary) => new Set(summary.unused.map(key)));
        merged.unused = summaries[0].unused.filter((entry) => unusedIn.every((set) => set.has(key(entry))));
    }
    return merged;
}
