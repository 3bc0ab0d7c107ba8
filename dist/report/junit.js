import { TOOL_NAME } from '../version.js';
import { whatWasRead } from './text.js';
/**
 * JUnit XML for CI test-report views (GitLab `artifacts: reports: junit`, Jenkins, Azure). One
 * failing testcase per finding: `classname` is the file (GitLab shows it as the suite), `name`
 * is `ruleId @ line:column (fingerprint)`, unique within the report because GitLab keeps only
 * the first of duplicate names. A clean scan is one passing testcase, so dashboards count a pass.
 */
export function formatJunit(result) {
    const seconds = (result.stats.durationMs / 1000).toFixed(3);
    const failures = result.findings.length;
    const tests = Math.max(1, failures);
    const out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${TOOL_NAME}" tests="${tests}" failures="${failures}" errors="0" time="${seconds}">`,
        `  <testsuite name="${TOOL_NAME}" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="${seconds}">`,
    ];
    if (failures === 0) {
        out.push(`    <testcase classname="${TOOL_NAME}" name="${xml(`no secrets found in ${whatWasRead(result.stats)}`)}" time="${seconds}"/>`);
    }
    const names = new Set();
    for (const finding of result.findings) {
        const name = uniqueName(testcaseName(finding), names);
        out.push(`    <testcase classname="${xml(finding.file)}" name="${xml(name)}" file="${xml(finding.file)}" line="${finding.line}" time="0">`, `      <failure message="${xml(`${finding.message}: ${finding.secret}`)}" type="${xml(finding.ruleId)}">${xml(failureBody(finding))}</failure>`, '    </testcase>');
    }
    out.push('  </testsuite>', '</testsuites>');
    return `${out.join('\n')}\n`;
}
function testcaseName(finding) {
    const commit = finding.commit ? ` in ${finding.commit.slice(0, 12)}` : '';
    return `${finding.ruleId} @ ${finding.line}:${finding.column}${commit} (${finding.fingerprint.slice(0, 8)})`;
}
function uniqueName(name, taken) {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++)
        candidate = `${name} #${n}`;
    taken.add(candidate);
    return candidate;
}
function failureBody(finding) {
    const lines = [
        `${finding.file}:${finding.line}:${finding.column}: ${finding.message}`,
        `rule: ${finding.ruleId}`,
        `severity: ${finding.severity}, confidence: ${finding.confidence}`,
        `secret: ${finding.secret}`,
        `fingerprint: ${finding.fingerprint}`,
    ];
    if (finding.commit)
        lines.push(`commit: ${finding.commit}${finding.author ? ` by ${finding.author}` : ''}${finding.date ? ` on ${finding.date}` : ''}`);
    if (finding.snippet !== undefined)
        lines.push(`line: ${finding.snippet}`);
    return lines.join('\n');
}
/**
 * Text for an XML attribute or element: the five predefined entities escaped, characters XML
 * 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD, and
 * line breaks kept as character references so attributes survive parsing.
 */
export function xml(text) {
    return text.replace(XML_UNSAFE, (c) => XML_ESCAPES[c] ?? '\uFFFD');
}
const XML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    '\r': '&#13;',
    '\n': '&#10;',
    '\t': '&#9;',
};
/** One pass: markup, whitespace that attributes would normalise, and what XML 1.0 cannot carry. */
const XML_UNSAFE = /[&<>"'\r\n\t]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
