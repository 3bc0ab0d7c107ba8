import type { Finding } from '../types.js';
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
export declare function mergeTerraformFindings(allEngine: readonly Finding[], terraform: readonly Finding[], options: MergeOptions): Finding[];
