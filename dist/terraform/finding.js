import { fingerprintOf } from '../engine/fingerprint.js';
import { isAllowedInline } from '../engine/inline-allow.js';
import { redact } from '../engine/redact.js';
import { secretShapedReach, snippetFor } from '../engine/snippet.js';
import { terraformRule } from './rules.js';
/** Returns undefined when an inline `leakgate:allow` covers the finding's line. */
export function toFinding(verdict, options) {
    const { file, span } = verdict;
    if (file.mentionsInlineAllow && isAllowedInline(file.text, file.lines, span.start))
        return undefined;
    const from = file.lines.position(span.start);
    const to = file.lines.position(span.end);
    const rule = terraformRule(verdict.rule);
    const identity = verdict.secret ?? verdict.marker ?? '';
    const shownSecret = verdict.secret !== undefined ? (options.redact ? redact(verdict.secret) : verdict.secret) : (verdict.marker ?? '');
    const line = from.line - 1;
    const reach = secretShapedReach(file.lines, line, span);
    const secretShaped = options.secretShapedSpans?.(file.text, reach.start, reach.end) ?? [];
    return {
        ruleId: verdict.rule,
        message: verdict.message,
        severity: verdict.severity ?? rule.severity,
        confidence: verdict.confidence,
        file: file.path,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        secret: shownSecret,
        fingerprint: fingerprintOf(verdict.rule, identity),
        origin: options.origin,
        snippet: snippetFor(file.text, file.lines, line, span, verdict.secret !== undefined ? [span] : [], secretShaped),
        tags: [...rule.tags],
        details: verdict.details,
    };
}
