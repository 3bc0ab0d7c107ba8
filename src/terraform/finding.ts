import { fingerprintOf } from '../engine/fingerprint.js';
import { isAllowedInline } from '../engine/inline-allow.js';
import { redact } from '../engine/redact.js';
import { secretShapedReach, snippetFor, type SecretShapedSpans } from '../engine/snippet.js';
import type { Confidence, Finding, Origin, Severity } from '../types.js';
import type { TerraformFile } from './model.js';
import { terraformRule, type TerraformRuleId } from './rules.js';
import type { Span } from './syntax.js';

/**
 * Turns a Terraform rule's verdict into a normal Finding. Two shapes:
 * - about a secret value (`secret` given): located at the value, `secret` redacted with the
 *   one redactor, fingerprint over the value, as the engine does;
 * - about a block or expression (`marker` given): located at the block header or expression,
 *   `secret` is the marker (the Terraform address such as `data.aws_ssm_parameter.db`, which
 *   is not secret), fingerprint over the rule and the marker, so it survives edits around it.
 */
export interface TerraformVerdict {
  rule: TerraformRuleId;
  file: TerraformFile;
  span: Span;
  message: string;
  severity?: Severity;
  confidence: Confidence;
  secret?: string;
  marker?: string;
  details: Record<string, unknown> & { fix: string };
}

export interface FindingOptions {
  redact: boolean;
  origin: Origin;
  /**
   * The engine's secret-shaped spans, so the snippet masks every other secret on the line (one a
   * rule dropped, demoted or path-limited) as the engine's own snippets do. Without it only the
   * redactor's high-entropy backstop guards the rest of the line.
   */
  secretShapedSpans?: SecretShapedSpans;
}

/** Returns undefined when an inline `leakgate:allow` covers the finding's line. */
export function toFinding(verdict: TerraformVerdict, options: FindingOptions): Finding | undefined {
  const { file, span } = verdict;
  if (file.mentionsInlineAllow && isAllowedInline(file.text, file.lines, span.start)) return undefined;
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
