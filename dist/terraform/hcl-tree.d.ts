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
