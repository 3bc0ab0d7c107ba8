import { type AstComment, type AstNode, type SourceLike } from './ast.js';
/**
 * Where a secret found in the file's text sits in the program. The engine scans the raw text
 * (as the CLI does), so every offset is exact; the container only decides what a suggestion may
 * rewrite. A secret outside these (a regex literal, an identifier) is still reported, unchanged.
 */
export type Container = {
    kind: 'string';
    node: AstNode;
} | {
    kind: 'template';
    node: AstNode;
} | {
    kind: 'jsx-text';
    node: AstNode;
} | {
    kind: 'comment';
    comment: AstComment;
} | {
    kind: 'other';
};
export declare function containerOf(source: SourceLike, comments: readonly AstComment[], start: number, end: number): Container;
