import type { Parser } from 'web-tree-sitter';
import type { Body, SyntaxProblem } from './syntax.js';
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
/**
 * The concrete tree as numbers, five per kept node in document order (type id, start, end,
 * missing, parent index; the root is node 0 with parent -1): what crosses from a worker that
 * parsed (the costly WebAssembly part) to the thread that converts, as one typed array instead
 * of thousands of objects to clone.
 */
export interface HclTree {
    nodes: Int32Array;
    count: number;
    /** Type names by type id (the grammar's table, so the receiving side needs no tree-sitter). */
    typeNames: readonly string[];
    hasError: boolean;
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
export {};
