import type { Parser } from 'web-tree-sitter';
import type { Body, SyntaxProblem } from './syntax.js';
import type { HclTree } from './hcl-tree.js';
export type { HclTree } from './hcl-tree.js';
interface HclParser {
    parser: Parser;
    /** Node type names and whether each is kept, by type id: one WebAssembly call per node instead of three. */
    typeNames: string[];
    named: boolean[];
    kept: boolean[];
    transparent: boolean[];
}
/** tree-sitter's runtime and grammar load asynchronously, once per process. */
export declare function loadHclParser(): Promise<HclParser>;
export interface ParsedHcl {
    body: Body;
    problems: SyntaxProblem[];
}
export declare function parseHcl(text: string): Promise<ParsedHcl>;
/** tree-sitter's parse and the copy out of WebAssembly; undefined when tree-sitter gives no tree. */
export declare function parseHclTree(text: string): Promise<HclTree | undefined>;
/** The syntax tree of a parsed file: plain JavaScript, runs on any thread. */
export declare function convertHclTree(text: string, tree: HclTree): ParsedHcl;
/**
 * Deeper expressions than this are kept as opaque parts: real configurations nest a few levels,
 * and a bound keeps every recursive rule below safe from a pathological file.
 */
export declare const MAX_EXPRESSION_DEPTH = 200;
