/**
 * The syntax tree the Terraform rules read: blocks, attributes and expressions with exact
 * source spans, the same shape whether the file was native HCL (tree-sitter) or Terraform's
 * JSON syntax. Spans are UTF-16 offsets into the file's text, as the engine's are, so one
 * LineIndex turns them into lines and columns.
 */
export interface Span {
    start: number;
    end: number;
}
/** A string with no interpolation: `value` is unescaped (and de-indented for `<<-` heredocs). */
export interface StringExpr {
    kind: 'string';
    value: string;
    span: Span;
    /** The characters that hold the value in the source (inside the quotes, or the heredoc body). */
    valueSpan: Span;
}
/** A string with `${...}` or `%{...}` parts: not a literal, judged by what it refers to. */
export interface TemplateExpr {
    kind: 'template';
    parts: Expr[];
    span: Span;
}
export interface ScalarExpr {
    kind: 'number' | 'bool' | 'null';
    text: string;
    span: Span;
}
/** `var.x`, `data.aws_ssm_parameter.db.value`, `aws_db_instance.main[0].password`: index steps are `[]`. */
export interface TraversalExpr {
    kind: 'traversal';
    root: string;
    path: string[];
    span: Span;
}
export interface CallExpr {
    kind: 'call';
    name: string;
    args: Expr[];
    span: Span;
}
export interface ObjectEntry {
    /** The key when it is a bare name or a literal string; undefined for computed keys. */
    key: string | undefined;
    keySpan: Span;
    value: Expr;
}
export interface ObjectExpr {
    kind: 'object';
    entries: ObjectEntry[];
    span: Span;
}
export interface TupleExpr {
    kind: 'tuple';
    items: Expr[];
    span: Span;
}
/** Operators, conditionals, `for` expressions, indexes on calls: only their parts matter to the rules. */
export interface OtherExpr {
    kind: 'other';
    parts: Expr[];
    span: Span;
}
export type Expr = StringExpr | TemplateExpr | ScalarExpr | TraversalExpr | CallExpr | ObjectExpr | TupleExpr | OtherExpr;
export interface Attribute {
    name: string;
    nameSpan: Span;
    value: Expr;
    span: Span;
}
export interface Block {
    type: string;
    labels: string[];
    /** From the block type to the opening brace: where block findings point. */
    headerSpan: Span;
    span: Span;
    body: Body;
}
export interface Body {
    attributes: Attribute[];
    blocks: Block[];
}
export interface SyntaxProblem {
    span: Span;
    message: string;
}
/** A parsed file, whichever parser read it: its syntax tree and what is broken in it. */
export interface ParsedSyntax {
    body: Body;
    problems: SyntaxProblem[];
}
/** An object key's name: a bare name or a literal string; undefined for computed keys. */
export declare function objectKeyName(key: Expr): string | undefined;
/** JSON-looking `.tfvars` content, one object as the whole file: its named entries become the body's attributes. */
export declare function addObjectAsAttributes(object: ObjectExpr, body: Body): void;
export declare function attributeOf(body: Body, name: string): Attribute | undefined;
export declare function blocksOf(body: Body, type: string): Block[];
/**
 * Deeper expressions than this are kept as opaque parts (by every parser): real configurations
 * nest a few levels, and a bound keeps every recursive rule safe from a pathological file.
 */
export declare const MAX_EXPRESSION_DEPTH = 200;
/**
 * Calls `visit` on every expression inside `expr`, itself included, depth first. A callback, not
 * a generator: the analysis walks every argument of every module, and nested generators cost an
 * object and a resumption per level per node. Expressions are at most MAX_EXPRESSION_DEPTH deep.
 */
export declare function forEachExpr(expr: Expr, visit: (expr: Expr) => void): void;
/** Every expression inside `expr`, itself included, depth first. */
export declare function walkExpr(expr: Expr): Expr[];
/** `true` literal (or the string "true", which Terraform converts). */
export declare function isTrue(expr: Expr | undefined): boolean;
