import type { Finding } from '../types.js';
import { TERRAFORM_RULES } from './rules.js';

/**
 * The one place where Terraform findings meet the engine's. The engine scans `.tf` files as
 * text too, so a literal secret can be reported twice: once by an engine rule, once by a
 * Terraform hygiene rule, over the same characters. One is kept:
 * - an engine pattern rule (a known credential format: AWS key, GitHub token, ...) is the more
 *   specific, and keeps its id and severity; it gains the Terraform fix in `details`;
 * - otherwise (an engine generic rule) the Terraform finding is the more informative: it knows
 *   the block, the argument and the fix.
 * Findings about blocks (state exposure, outputs, ...) have no secret span and never merge.
 */

export interface MergeOptions {
  /** Ids of engine rules that score generic assignments (`detector: generic`). */
  genericRuleIds: ReadonlySet<string>;
}

export function mergeTerraformFindings(engine: readonly Finding[], terraform: readonly Finding[], options: MergeOptions): Finding[] {
  const spanFindings = terraform.filter(coversSecret);
  if (spanFindings.length === 0) return [...engine, ...terraform];
  const byFile = new Map<string, Finding[]>();
  for (const finding of spanFindings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const droppedTerraform = new Set<Finding>();
  const kept: Finding[] = [];
  for (const finding of engine) {
    const twin = byFile.get(finding.file)?.find((candidate) => overlaps(candidate, finding));
    if (!twin) {
      kept.push(finding);
      continue;
    }
    if (options.genericRuleIds.has(finding.ruleId)) continue; // the Terraform twin says more
    droppedTerraform.add(twin);
    kept.push(twin.details ? { ...finding, details: { ...twin.details, ...finding.details, terraformRuleId: twin.ruleId } } : finding);
  }
  for (const finding of terraform) if (!droppedTerraform.has(finding)) kept.push(finding);
  return kept;
}

/** Terraform findings about a secret value (they carry a redacted secret, not an address). */
const SECRET_RULES = new Set<string>(TERRAFORM_RULES.filter((rule) => rule.locates === 'secret').map((rule) => rule.id));

function coversSecret(finding: Finding): boolean {
  return SECRET_RULES.has(finding.ruleId);
}

function overlaps(a: Finding, b: Finding): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  // a ends at or before b starts, or b ends at or before a starts: no overlap.
  return !(before(a.endLine, a.endColumn, b.line, b.column) || before(b.endLine, b.endColumn, a.line, a.column));
}
