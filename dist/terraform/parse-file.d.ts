import { type TerraformFileKind } from './files.js';
import type { HclTree } from './hcl-tree.js';
import type { Body, SyntaxProblem } from './syntax.js';
/**
 * The one way a Terraform file's text becomes a syntax tree. Native HCL takes two steps that
 * may run on different threads: tree-sitter's parse and copy (`parseHclTree`, the costly part:
 * the scan workers do it for the Terraform files of their batches, see
 * `src/sources/terraform-parse.ts`) and the conversion (`convertHclTree`, plain JavaScript,
 * done by the analyzer). The parsers load on first use, so a scan without Terraform files
 * never starts tree-sitter.
 */
export interface ParsedSyntax {
    body: Body;
    problems: SyntaxProblem[];
}
export declare function parseTerraformText(absolutePath: string, kind: TerraformFileKind, text: string, hclTree?: HclTree): Promise<ParsedSyntax>;
/**
 * tree-sitter's half of the parse of a native HCL Terraform file (undefined for other files,
 * JSON syntax, or a file tree-sitter cannot take: the analyzer then parses, and warns, itself).
 */
export declare function parseHclFileTree(absolutePath: string, text: string): Promise<HclTree | undefined>;
