import { type SecretShapedSpans } from '../engine/snippet.js';
import type { Confidence, Finding, Origin, Severity } from '../types.js';
import type { TerraformFile } from './model.js';
import { type TerraformRuleId } from './rules.js';
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
    details: Record<string, unknown> & {
        fix: string;
    };
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
export declare function toFinding(verdict: TerraformVerdict, options: FindingOptions): Finding | undefined;
