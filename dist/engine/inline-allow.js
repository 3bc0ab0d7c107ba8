/**
 * Inline suppression, shared by every analyzer that reports positions in a text: `leakgate:allow`
 * on the finding's line, or `leakgate:allow-next-line` on the line above (any comment syntax).
 */
export const INLINE_ALLOW = 'leakgate:allow';
export const INLINE_ALLOW_NEXT = 'leakgate:allow-next-line';
export function isAllowedInline(text, lines, offset) {
    const line = lines.lineOf(offset);
    const own = lines.lineBounds(line);
    if (text.slice(own.start, own.end).includes(INLINE_ALLOW))
        return true;
    if (line === 0)
        return false;
    const previous = lines.lineBounds(line - 1);
    return text.slice(previous.start, previous.end).includes(INLINE_ALLOW_NEXT);
}
