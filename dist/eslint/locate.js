import { isStringLiteral } from './ast.js';
export function containerOf(source, comments, start, end) {
    const comment = commentAt(comments, start);
    if (comment)
        return end <= comment.range[1] ? { kind: 'comment', comment } : { kind: 'other' };
    const node = source.getNodeByRangeIndex(start);
    if (!node)
        return { kind: 'other' };
    // Secrets must sit inside the delimiters (quotes, backticks, `${`/`}`) to be rewritten.
    if (isStringLiteral(node) && start > node.range[0] && end < node.range[1])
        return { kind: 'string', node };
    if (node.type === 'TemplateElement' && start > node.range[0] && end <= node.range[1] - delimiterAfter(source.text, node))
        return { kind: 'template', node };
    if (node.type === 'JSXText' && end <= node.range[1])
        return { kind: 'jsx-text', node };
    return { kind: 'other' };
}
/** The comment holding `offset`; comments come sorted by position and never overlap. */
function commentAt(comments, offset) {
    let low = 0;
    let high = comments.length - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const comment = comments[mid];
        if (offset < comment.range[0])
            high = mid - 1;
        else if (offset >= comment.range[1])
            low = mid + 1;
        else
            return comment;
    }
    return undefined;
}
/** A template element's range ends with its closing backtick or the `${` of the next expression. */
function delimiterAfter(text, element) {
    return text.endsWith('${', element.range[1]) ? 2 : 1;
}
