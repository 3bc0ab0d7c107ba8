/**
 * The syntax tree the Terraform rules read: blocks, attributes and expressions with exact
 * source spans, the same shape whether the file was native HCL (tree-sitter) or Terraform's
 * JSON syntax. Spans are UTF-16 offsets into the file's text, as the engine's are, so one
 * LineIndex turns them into lines and columns.
 */
/** An object key's name: a bare name or a literal string; undefined for computed keys. */
export function objectKeyName(key) {
    if (key.kind === 'traversal' && key.path.length === 0)
        return key.root;
    return key.kind === 'string' ? key.value : undefined;
}
/** JSON-looking `.tfvars` content, one object as the whole file: its named entries become the body's attributes. */
export function addObjectAsAttributes(object, body) {
    for (const entry of object.entries) {
        if (entry.key !== undefined)
            body.attributes.push({ name: entry.key, nameSpan: entry.keySpan, value: entry.value, span: { start: entry.keySpan.start, end: entry.value.span.end } });
    }
}
export function attributeOf(body, name) {
    return body.attributes.find((attribute) => attribute.name === name);
}
export function blocksOf(body, type) {
    return body.blocks.filter((block) => block.type === type);
}
/**
 * Deeper expressions than this are kept as opaque parts (by every parser): real configurations
 * nest a few levels, and a bound keeps every recursive rule safe from a pathological file.
 */
export const MAX_EXPRESSION_DEPTH = 200;
/**
 * Calls `visit` on every expression inside `expr`, itself included, depth first. A callback, not
 * a generator: the analysis walks every argument of every module, and nested generators cost an
 * object and a resumption per level per node. Expressions are at most MAX_EXPRESSION_DEPTH deep.
 */
export function forEachExpr(expr, visit) {
    visit(expr);
    switch (expr.kind) {
        case 'template':
        case 'other':
            for (const part of expr.parts)
                forEachExpr(part, visit);
            break;
        case 'call':
            for (const arg of expr.args)
                forEachExpr(arg, visit);
            break;
        case 'object':
            for (const entry of expr.entries)
                forEachExpr(entry.value, visit);
            break;
        case 'tuple':
            for (const item of expr.items)
                forEachExpr(item, visit);
            break;
        default:
            break;
    }
}
/** Every expression inside `expr`, itself included, depth first. */
export function walkExpr(expr) {
    const out = [];
    forEachExpr(expr, (node) => out.push(node));
    return out;
}
/** `true` literal (or the string "true", which Terraform converts). */
export function isTrue(expr) {
    if (!expr)
        return false;
    if (expr.kind === 'bool')
        return expr.text === 'true';
    return expr.kind === 'string' && expr.value === 'true';
}
