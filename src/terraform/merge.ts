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
 * A literal the Terraform rules judged and did not report (a placeholder, an ARN, a value below
 * the level asked for) is not reported by an engine generic rule either: in a Terraform file the
 * Terraform judgement, which knows the argument and the block, is the one that stands.
 */

/** Where a literal sits in a file, as findings locate. */
export interface LiteralSpan {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface MergeOptions {
  /** Ids of engine rules that score generic assignments (`detector: generic`). */
  genericRuleIds: ReadonlySet<string>;
  /** Literals the Terraform rules judged (from TerraformAnalysis.judgedLiterals). */
  judgedLiterals?: readonly LiteralSpan[];
}

export function mergeTerraformFindings(allEngine: readonly Finding[], terraform: readonly Finding[], options: MergeOptions): Finding[] {
  const engine = withoutJudgedGenerics(allEngine, terraform, options);
  const spanFindings = terraform.filter(coversSecret);
  if (spanFindings.length === 0) return [...engine, ...terraform];
  const byFile = groupByFile(spanFindings);
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

/** Engine generic findings over a literal the Terraform rules judged and left unreported. */
function withoutJudgedGenerics(engine: readonly Finding[], terraform: readonly Finding[], options: MergeOptions): readonly Finding[] {
  const judged = options.judgedLiterals ?? [];
  if (judged.length === 0) return engine;
  const byFile = groupByFile(judged);
  const reported = groupByFile(terraform.filter(coversSecret));
  return engine.filter((finding) => {
    if (!options.genericRuleIds.has(finding.ruleId)) return true;
    const literal = byFile.get(finding.file)?.find((span) => overlaps(span, finding));
    // Reported by Terraform too: the twin merge below keeps the Terraform finding.
    return !literal || (reported.get(finding.file)?.some((twin) => overlaps(twin, finding)) ?? false);
  });
}

/** Spans (or findings) by file, in their order: built once, then looked up per engine finding. */
function groupByFile<T extends LiteralSpan>(spans: readonly T[]): Map<string, T[]> {
  const byFile = new Map<string, T[]>();
  for (const span of spans) {
    const list = byFile.get(span.file);
    if (list) list.push(span);
    else byFile.set(span.file, [span]);
  }
  return byFile;
}

/** Terraform findings about a secret value (they carry a redacted secret, not an address). */
const SECRET_RULES = new Set<string>(TERRAFORM_RULES.filter((rule) => rule.locates === 'secret').map((rule) => rule.id));

function coversSecret(finding: Finding): boolean {
  return SECRET_RULES.has(finding.ruleId);
}

function overlaps(a: LiteralSpan, b: LiteralSpan): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  // a ends at or before b starts, or b ends at or before a starts: no overlap.
  return !(before(a.endLine, a.endColumn, b.line, b.column) || before(b.endLine, b.endColumn, a.line, a.column));
}
