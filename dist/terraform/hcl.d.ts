import type { Parser } from 'web-tree-sitter';
import { type ParsedSyntax } from './syntax.js';
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
export declare function parseHcl(text: string): Promise<ParsedSyntax>;
/** tree-sitter's parse and the copy out of WebAssembly; undefined when tree-sitter gives no tree. */
export declare function parseHclTree(text: string): Promise<HclTree | undefined>;
/** The syntax tree of a file tree-sitter parsed (the fast parser builds its own directly). */
export declare function convertHclTree(text: string, tree: HclTree): ParsedSyntax;
