/**
 * tree-sitter's concrete tree as numbers, five per kept node in document order (type id, start,
 * end, missing, parent index; the root is node 0 with parent -1), copied out of WebAssembly in
 * one typed array instead of thousands of objects and turned into the syntax tree by
 * `convertHclTree`. Only files the hand-written parser declines take this path.
 */
export interface HclTree {
    nodes: Int32Array;
    count: number;
    /** Type names by type id (each parser's own table, so the receiving side needs no tree-sitter). */
    typeNames: readonly string[];
    hasError: boolean;
}
