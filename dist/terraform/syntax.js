/**
 * The syntax tree the Terraform rules read: blocks, attributes and expressions with exact
 * source spans, the same shape whether the file was native HCL (tree-sitter) or Terraform's
 * JSON syntax. Spans are UTF-16 offsets into the file's text, as the engine's are, so one
 * LineIndex turns them into lines and columns.
 */
export function attributeOf(body, name) {
    return body.attributes.find((attribute) => attribute.name === name);
}
export function blocksOf(body, type) {
    return body.blocks.filter((block) => block.type === type);
}
/** Every expression inside `expr`, itself included, depth first. */
export function* walkExpr(expr) {
    yield expr;
    switch (expr.kind) {
        case 'template':
        case 'other':
            for (const part of expr.parts)
                yield* walkExpr(part);
            break;
        case 'call':
            for (const arg of expr.args)
                yield* walkExpr(arg);
            break;
        case 'object':
            for (const entry of expr.entries)
                yield* walkExpr(entry.value);
            break;
        case 'tuple':
            for (const item of expr.items)
                yield* walkExpr(item);
            break;
        default:
            break;
    }
}
/** `true` literal (or the string "true", which Terraform converts). */
export function isTrue(expr) {
    if (!expr)
        return false;
    if (expr.kind === 'bool')
        return expr.text === 'true';
    return expr.kind === 'string' && expr.value === 'true';
}
