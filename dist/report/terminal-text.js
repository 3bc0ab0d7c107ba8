/**
 * Making untrusted text safe and measurable on a terminal: file names, skip details and code
 * snippets come from the scanned tree, so an escape sequence in them must be shown, not run.
 */
/**
 * C0 controls, DEL, C1 controls, the Unicode line and paragraph separators and the bidi
 * overrides and isolates (which reorder what a terminal shows).
 */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
const NAMED = { '\r': '\\r', '\n': '\\n', '\t': '\\t', '\u001b': '\\e' };
/** Every control character as a visible escape: `\e`, `\r`, `\x07`, `\u202e`. */
export function escapeControls(text) {
    return text.replace(UNSAFE, (c) => {
        const named = NAMED[c];
        if (named)
            return named;
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
const ZERO_WIDTH = /^(?:\p{M}|[\u200B-\u200D\u2060\uFE00-\uFE0F\uFEFF]|\uDB40[\uDD00-\uDDEF])$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;
/** Columns a code point takes on a terminal: 0 for combining marks and joiners, 2 for East Asian wide and emoji. */
export function codePointWidth(char) {
    if (ZERO_WIDTH.test(char))
        return 0;
    const code = char.codePointAt(0);
    if (isWide(code) || EMOJI.test(char))
        return 2;
    return 1;
}
/** East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W and F, by block). */
function isWide(code) {
    return ((code >= 0x1100 && code <= 0x115f) ||
        (code >= 0x2e80 && code <= 0x303e) ||
        (code >= 0x3041 && code <= 0x33ff) ||
        (code >= 0x3400 && code <= 0x4dbf) ||
        (code >= 0x4e00 && code <= 0x9fff) ||
        (code >= 0xa000 && code <= 0xa4cf) ||
        (code >= 0xa960 && code <= 0xa97f) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) ||
        (code >= 0xff00 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6) ||
        (code >= 0x1f300 && code <= 0x1f64f) ||
        (code >= 0x1f900 && code <= 0x1f9ff) ||
        (code >= 0x20000 && code <= 0x3fffd));
}
export function displayWidth(text) {
    let width = 0;
    for (const char of text)
        width += codePointWidth(char);
    return width;
}
/** The longest start of `text` that fits in `columns`. */
export function headToWidth(text, columns) {
    let width = 0;
    let end = 0;
    for (const char of text) {
        width += codePointWidth(char);
        if (width > columns)
            break;
        end += char.length;
    }
    return text.slice(0, end);
}
/** The longest end of `text` that fits in `columns`. */
export function tailToWidth(text, columns) {
    const chars = Array.from(text);
    let width = 0;
    let start = chars.length;
    while (start > 0) {
        const next = width + codePointWidth(chars[start - 1]);
        if (next > columns)
            break;
        width = next;
        start--;
    }
    return chars.slice(start).join('');
}
/**
 * Words laid out in lines of at most `columns`, the first line after `firstIndent` columns of
 * text already printed and the others indented by `indent`; a word is never split.
 */
export function wrapWords(words, columns, firstIndent, indent) {
    const lines = [];
    let line = '';
    let used = firstIndent;
    for (const word of words) {
        const width = displayWidth(word);
        if (line !== '' && used + 1 + width > columns) {
            lines.push(line);
            line = ' '.repeat(indent) + word;
            used = indent + width;
        }
        else {
            line += (line === '' ? '' : ' ') + word;
            used += (line === word ? 0 : 1) + width;
        }
    }
    lines.push(line);
    return lines;
}
