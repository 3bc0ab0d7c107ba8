import { type TerraformFileKind } from './files.js';
import type { ParsedSyntax } from './syntax.js';
/**
 * The one way a Terraform file's text becomes a syntax tree. Native HCL goes through the
 * hand-written parser (hcl-fast.ts, tens of MiB/s, so on the analyzer's thread), which builds
 * the syntax tree directly; a file it declines (a syntax error, odd syntax) goes through
 * tree-sitter, which gives the same tree for what both take and reports what is broken.
 * tree-sitter loads on first use, so a scan of valid files never starts it.
 */
export declare function parseTerraformText(absolutePath: string, kind: TerraformFileKind, text: string): Promise<ParsedSyntax>;
/** Native HCL text (a file, or a template inside a JSON-syntax string): the hand-written parser, else tree-sitter. */
export declare function parseNativeHcl(text: string): Promise<ParsedSyntax>;
