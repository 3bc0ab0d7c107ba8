/**
 * The one order of findings in every report: file, line, column, rule id. Its own module so the
 * git sources can use it without loading the tree source (and the Terraform analyzer with it).
 */
export function sortFindings(findings) {
    findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
