import { createHash } from 'node:crypto';
import { TOOL_NAME, TOOL_URL, VERSION } from '../version.js';
import { ruleCwes, ruleDescription, ruleHelp } from './rule-catalog.js';
/**
 * GitLab's secret detection report (`gl-secret-detection-report.json`, published with
 * `artifacts: reports: secret_detection:`), schema version 15.2.x. GitLab validates a report
 * against the version it declares and drops an invalid report whole, so every field the schema
 * requires is always written: scan times without fractions or zone, a commit for every
 * location, at least one identifier (the rule id first: GitLab tracks findings by it).
 * Never the raw secret (`raw_source_code_extract` is not written).
 */
export const GITLAB_REPORT_VERSION = '15.2.4';
/** When neither the finding (history scans) nor CI names a commit; the schema requires one. */
export const UNKNOWN_COMMIT = '0000000';
const SEVERITY = {
    critical: 'Critical',
    high: 'High',
    medium: 'Medium',
    low: 'Low',
    info: 'Info',
};
export function formatGitlab(result, options) {
    const tool = { id: TOOL_NAME, name: TOOL_NAME, version: VERSION, vendor: { name: TOOL_NAME }, url: TOOL_URL };
    const end = options.now;
    const start = new Date(end.getTime() - Math.max(0, Math.round(result.stats.durationMs)));
    const occurrences = new Map();
    const report = {
        version: GITLAB_REPORT_VERSION,
        scan: {
            type: 'secret_detection',
            status: 'success',
            start_time: gitlabTime(start),
            end_time: gitlabTime(end),
            analyzer: tool,
            scanner: tool,
            primary_identifiers: options.rules.knownIds().map((id) => ruleIdentifier(id)),
            messages: result.stats.warnings.map((warning) => ({ level: 'warn', value: warning })),
        },
        vulnerabilities: result.findings.map((finding) => {
            const key = `${finding.commit ?? ''}\0${finding.file}\0${finding.fingerprint}`;
            const occurrence = (occurrences.get(key) ?? 0) + 1;
            occurrences.set(key, occurrence);
            return vulnerability(finding, occurrence, options);
        }),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
function vulnerability(finding, occurrence, options) {
    const rule = options.rules.forFinding(finding);
    const commit = { sha: finding.commit ?? options.commitSha ?? UNKNOWN_COMMIT };
    if (finding.author)
        commit['author'] = finding.author;
    if (finding.date)
        commit['date'] = finding.date;
    return {
        id: stableId(finding, occurrence),
        name: rule.title.slice(0, 255),
        description: `${ruleDescription(rule)}\n\nFound: \`${finding.secret}\` (fingerprint ${finding.fingerprint}, ${finding.confidence} confidence).`.slice(0, 1048576),
        severity: SEVERITY[finding.severity],
        solution: ruleHelp(rule).slice(0, 7000),
        identifiers: [
            ruleIdentifier(finding.ruleId),
            ...ruleCwes(rule).map((cwe) => ({ type: 'cwe', name: `CWE-${cwe}`, value: String(cwe), url: `https://cwe.mitre.org/data/definitions/${cwe}.html` })),
        ].slice(0, 20),
        location: { file: finding.file, start_line: finding.line, end_line: finding.endLine, commit },
        details: {
            secret: { name: 'Secret (redacted)', type: 'text', value: finding.secret },
            fingerprint: { name: 'Fingerprint', type: 'text', value: finding.fingerprint },
            position: { name: 'Position', type: 'text', value: `line ${finding.line}, column ${finding.column}` },
            confidence: { name: 'Confidence', type: 'text', value: finding.confidence },
        },
    };
}
function ruleIdentifier(ruleId) {
    return { type: 'leakgate_rule_id', name: `leakgate rule ${ruleId}`, value: ruleId };
}
/** `yyyy-mm-ddThh:mm:ss` in UTC, the only shape the schema accepts. */
export function gitlabTime(date) {
    return date.toISOString().slice(0, 19);
}
/**
 * A UUID-shaped id from the finding's identity (fingerprint, file, commit, n-th occurrence),
 * so the same finding has the same id in every pipeline.
 */
function stableId(finding, occurrence) {
    const hex = createHash('sha256')
        .update(`${finding.fingerprint}\0${finding.file}\0${finding.commit ?? ''}\0${occurrence}`)
        .digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
