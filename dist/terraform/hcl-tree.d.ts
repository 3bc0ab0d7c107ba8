/**
 * The concrete tree as numbers, five per kept node in document order (type id, start, end,
 * missing, parent index; the root is node 0 with parent -1): what both parsers give (tree-sitter
 * through the copy in hcl.ts, and hcl-fast.ts), one typed array instead of thousands of objects,
 * turned into the syntax tree by `convertHclTree`.
 */
export interface HclTree {
    nodes: Int32Array;
    count: number;
    /** Type names by type id (each parser's own table, so the receiving side needs no tree-sitter). */
    typeNames: readonly string[];
    hasError: boolean;
}
