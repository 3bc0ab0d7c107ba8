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
 */
export interface MergeOptions {
    /** Ids of engine rules that score generic assignments (`detector: generic`). */
    genericRuleIds: ReadonlySet<string>;
}
export declare function mergeTerraformFindings(engine: readonly Finding[], terraform: readonly Finding[], options: MergeOptions): Finding[];
