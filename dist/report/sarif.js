import { pathToFileURL } from 'node:url';
import { TOOL_NAME, TOOL_URL, VERSION } from '../version.js';
import { ruleCwes, ruleDescription, ruleHelp } from './rule-catalog.js';
/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. One run; `tool.driver.rules`
 * lists the rules that have results, with help text and `security-severity` (which makes
 * GitHub file them as security alerts); each result has its rule, an exact region and
 * `partialFingerprints`.
 *
 * `primaryLocationLineHash` is `<finding fingerprint>:<n>`, n counting the same fingerprint
 * within the file. github/codeql-action would otherwise hash the raw source line, secret
 * included, and a 64-bit polynomial hash of a known line is enough to recover a short
 * password; ours is derived from the fingerprint alone and, like the finding, survives edits
 * around the secret.
 */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note',
};
/** GitHub maps >= 9.0 to critical, 7.0-8.9 to high, 4.0-6.9 to medium, below to low. */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '1.0',
};
const PRECISION = { high: 'high', medium: 'medium', low: 'low' };
export function formatSarif(result, options) {
    const metadata = new Map();
    for (const finding of result.findings)
        if (!metadata.has(finding.ruleId))
            metadata.set(finding.ruleId, options.rules.forFinding(finding));
    const ruleIds = [...metadata.keys()].sort();
    const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
    const occurrences = new Map();
    const results = result.findings.map((finding) => {
        const key = `${finding.file}\0${finding.fingerprint}`;
        const occurrence = (occurrences.get(key) ?? 0) + 1;
        occurrences.set(key, occurrence);
        return sarifResult(finding, ruleIndex.get(finding.ruleId), occurrence);
    });
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        semanticVersion: VERSION,
                        informationUri: TOOL_URL,
                        rules: ruleIds.map((id) => reportingDescriptor(metadata.get(id))),
                    },
                },
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: result.stats.warnings.map((warning) => ({ level: 'warning', message: { text: warning } })),
                    },
                ],
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
function reportingDescriptor(rule) {
    const help = ruleHelp(rule);
    const tags = ['security', ...ruleCwes(rule).map((cwe) => `external/cwe/cwe-${cwe}`), ...(rule.tags ?? [])];
    return {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: { text: rule.title },
        fullDescription: { text: ruleDescription(rule) },
        help: { text: help, markdown: helpMarkdown(rule, help) },
        ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: {
            tags: [...new Set(tags)].slice(0, 20),
            precision: rule.checksummed ? 'very-high' : PRECISION[rule.confidence ?? 'high'],
            'security-severity': SECURITY_SEVERITY[rule.severity],
            'problem.severity': LEVEL[rule.severity] === 'note' ? 'recommendation' : LEVEL[rule.severity],
        },
    };
}
function sarifResult(finding, ruleIndex, occurrence) {
    const where = finding.commit ? ` (introduced in commit ${finding.commit.slice(0, 12)})` : '';
    const region = {
        startLine: finding.line,
        startColumn: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
    };
    // The engine redacts every secret in a snippet, whatever --no-redact says.
    if (finding.snippet !== undefined)
        region['snippet'] = { text: finding.snippet };
    const properties = {
        severity: finding.severity,
        confidence: finding.confidence,
        fingerprint: finding.fingerprint,
        origin: finding.origin,
    };
    if (finding.commit)
        properties['commit'] = finding.commit;
    if (finding.author)
        properties['author'] = finding.author;
    if (finding.date)
        properties['date'] = finding.date;
    return {
        ruleId: finding.ruleId,
        ruleIndex,
        level: LEVEL[finding.severity],
        message: { text: `${finding.message}: ${finding.secret}${where}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(finding.file) }, region } }],
        partialFingerprints: {
            primaryLocationLineHash: `${finding.fingerprint}:${occurrence}`,
            'leakgateFingerprint/v1': finding.fingerprint,
        },
        properties,
    };
}
/** A relative path becomes a relative URI reference (each segment percent-encoded); an absolute one a file: URI. */
export function artifactUri(file) {
    if (file === '')
        return '%3Ctext%3E';
    if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file))
        return pathToFileURL(file).href;
    return file.split('/').map(encodeURIComponent).join('/');
}
function pascalCase(id) {
    return id
        .split('-')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}
function helpMarkdown(rule, help) {
    const lines = [`**${escapeMarkdown(rule.title)}** (\`${rule.id}\`, severity ${rule.severity})`, '', ...help.split('\n')];
    return lines.join('\n');
}
function escapeMarkdown(text) {
    return text.replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1');
}
