import { TERRAFORM_RULES } from './rules.js';
export function mergeTerraformFindings(allEngine, terraform, options) {
    const engine = withoutJudgedGenerics(allEngine, terraform, options);
    const spanFindings = terraform.filter(coversSecret);
    if (spanFindings.length === 0)
        return [...engine, ...terraform];
    const byFile = groupByFile(spanFindings);
    const droppedTerraform = new Set();
    const kept = [];
    for (const finding of engine) {
        const twin = byFile.get(finding.file)?.find((candidate) => overlaps(candidate, finding));
        if (!twin) {
            kept.push(finding);
            continue;
        }
        if (options.genericRuleIds.has(finding.ruleId))
            continue; // the Terraform twin says more
        droppedTerraform.add(twin);
        kept.push(twin.details ? { ...finding, details: { ...twin.details, ...finding.details, terraformRuleId: twin.ruleId } } : finding);
    }
    for (const finding of terraform)
        if (!droppedTerraform.has(finding))
            kept.push(finding);
    return kept;
}
/** Engine generic findings over a literal the Terraform rules judged and left unreported. */
function withoutJudgedGenerics(engine, terraform, options) {
    const judged = options.judgedLiterals ?? [];
    if (judged.length === 0)
        return engine;
    const byFile = groupByFile(judged);
    const reported = groupByFile(terraform.filter(coversSecret));
    return engine.filter((finding) => {
        if (!options.genericRuleIds.has(finding.ruleId))
            return true;
        const literal = byFile.get(finding.file)?.find((span) => overlaps(span, finding));
        // Reported by Terraform too: the twin merge below keeps the Terraform finding.
        return !literal || (reported.get(finding.file)?.some((twin) => overlaps(twin, finding)) ?? false);
    });
}
/** Spans (or findings) by file, in their order: built once, then looked up per engine finding. */
function groupByFile(spans) {
    const byFile = new Map();
    for (const span of spans) {
        const list = byFile.get(span.file);
        if (list)
            list.push(span);
        else
            byFile.set(span.file, [span]);
    }
    return byFile;
}
/** Terraform findings about a secret value (they carry a redacted secret, not an address). */
const SECRET_RULES = new Set(TERRAFORM_RULES.filter((rule) => rule.locates === 'secret').map((rule) => rule.id));
function coversSecret(finding) {
    return SECRET_RULES.has(finding.ruleId);
}
function overlaps(a, b) {
    const before = (l1, c1, l2, c2) => l1 < l2 || (l1 === l2 && c1 <= c2);
    // a ends at or before b starts, or b ends at or before a starts: no overlap.
    return !(before(a.endLine, a.endColumn, b.line, b.column) || before(b.endLine, b.endColumn, a.line, a.column));
}
