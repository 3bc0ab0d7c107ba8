/**
 * Backslash line continuations (shell, Dockerfile, Makefile, C macros, Python): a secret split by
 * one (`export API_TOKEN=\` then the value on the next line, `-H "Authorization: Bearer \` then the
 * token) is one value to the program that reads it. The engine reads the continued lines a second
 * time, joined as a shell joins them, and keeps what it finds there only when the match crosses a
 * join: everything else was judged on the file's own lines, with their own context.
 */
/** A backslash that ends a line; one that is itself escaped (`C:\dir\\`) is checked apart. */
const CONTINUATION = /\\\r?\n/g;
/** The continued lines of `original`, joined; undefined when it has no continuation. */
export function joinContinuations(original) {
    if (!original.includes('\\\n') && !original.includes('\\\r\n'))
        return undefined;
    // The joined text is built from chunks of the original: chunkAt[i] in the joined text is
    // chunkFrom[i] in the original. Joins are the chunk starts that follow a removed continuation.
    const chunkAt = [];
    const chunkFrom = [];
    const joins = [];
    let text = '';
    /** Where the chunk being copied starts in the original. */
    let chunkStart = 0;
    let inLogicalLine = false;
    const copy = (from, to) => {
        chunkAt.push(text.length);
        chunkFrom.push(from);
        text += original.slice(from, to);
    };
    /** Copies the rest of the logical line: the physical line after its last continuation. */
    const closeLogicalLine = () => {
        const lineEnd = original.indexOf('\n', chunkStart);
        copy(chunkStart, lineEnd === -1 ? original.length : lineEnd);
        if (text.endsWith('\r'))
            text = text.slice(0, -1);
    };
    CONTINUATION.lastIndex = 0;
    let match;
    while ((match = CONTINUATION.exec(original)) !== null) {
        if (escapedBackslash(original, match.index))
            continue;
        const lineStart = original.lastIndexOf('\n', match.index - 1) + 1;
        if (inLogicalLine && lineStart > chunkStart) {
            closeLogicalLine();
            inLogicalLine = false;
        }
        if (!inLogicalLine) {
            if (joins.length > 0)
                text += '\n';
            chunkStart = lineStart;
            inLogicalLine = true;
        }
        copy(chunkStart, match.index);
        chunkStart = match.index + match[0].length;
        joins.push(text.length);
    }
    if (joins.length === 0)
        return undefined;
    closeLogicalLine();
    return {
        text,
        toOriginal(offset) {
            const chunk = lastAtOrBefore(chunkAt, offset);
            return chunk < 0 ? offset : chunkFrom[chunk] + (offset - chunkAt[chunk]);
        },
        crossesJoin(from, end) {
            const join = lastAtOrBefore(joins, end - 1);
            return join >= 0 && joins[join] > from;
        },
    };
}
/** Index of the last value <= `offset` in an ascending array, or -1. */
function lastAtOrBefore(sorted, offset) {
    let low = 0;
    let high = sorted.length - 1;
    let found = -1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        if (sorted[mid] <= offset) {
            found = mid;
            low = mid + 1;
        }
        else {
            high = mid - 1;
        }
    }
    return found;
}
/** Whether the backslash at `index` is preceded by an odd number of backslashes (so is a literal one). */
function escapedBackslash(text, index) {
    let count = 0;
    for (let i = index - 1; i >= 0 && text.charCodeAt(i) === 0x5c; i--)
        count++;
    return count % 2 === 1;
}
