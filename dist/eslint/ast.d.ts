/**
 * The few AST facts the rule needs, typed loosely: ESTree from espree and TSESTree from
 * @typescript-eslint/parser share these shapes (JSX and TS node types included), and the rule
 * must not depend on either parser's type package at run time.
 */
export interface AstNode {
    type: string;
    range: [number, number];
    parent?: AstNode | null;
    [key: string]: unknown;
}
export interface AstComment {
    type: string;
    range: [number, number];
    value: string;
}
/** The parts of ESLint's SourceCode the rule uses. */
export interface SourceLike {
    text: string;
    getAllComments(): AstComment[];
    getNodeByRangeIndex(index: number): unknown;
    getLocFromIndex(index: number): {
        line: number;
        column: number;
    };
}
export declare function child(node: AstNode, key: string): AstNode | undefined;
export declare function children(node: AstNode, key: string): AstNode[];
export declare function isStringLiteral(node: AstNode): boolean;
