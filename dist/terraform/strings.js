/**
 * HCL string values as Terraform sees them: rules must judge the value, not its source form,
 * so `"p\u0040ss"` is `p@ss` and a `<<-EOT` body loses its common indentation.
 */
/** Unescapes a quoted HCL string body: `\n \r \t \" \\ \uXXXX \UXXXXXXXX`, `$${` and `%%{`. */
export function unescapeQuoted(raw) {
    if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{'))
        return raw;
    let out = '';
    for (let i = 0; i < raw.length; i++) {
        const char = raw[i];
        if (char === '\\' && i + 1 < raw.length) {
            const next = raw[i + 1];
            const simple = SIMPLE_ESCAPES[next];
            if (simple !== undefined) {
                out += simple;
                i += 1;
                continue;
            }
            const width = next === 'u' ? 4 : next === 'U' ? 8 : 0;
            const hex = width ? raw.slice(i + 2, i + 2 + width) : '';
            if (width && /^[0-9A-Fa-f]+$/.test(hex) && hex.length === width) {
                const code = Number.parseInt(hex, 16);
                out += code <= 0x10ffff ? String.fromCodePoint(code) : `\\${next}${hex}`;
                i += 1 + width;
                continue;
            }
            out += char;
            continue;
        }
        out += char;
        if ((char === '$' || char === '%') && raw[i + 1] === char && raw[i + 2] === '{')
            i += 1;
    }
    return out;
}
const SIMPLE_ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** Heredoc bodies take no backslash escapes; only the template escapes `$${` and `%%{` apply. */
export function unescapeHeredoc(raw) {
    return raw.replace(/([$%])\1\{/g, '$1{');
}
/**
 * `<<-` heredocs: the smallest indentation of the non-blank lines is removed from every line
 * (spaces and tabs count one each, as in HCL).
 */
export function stripHeredocIndent(body) {
    const lines = body.split('\n');
    let indent = Infinity;
    for (const line of lines) {
        if (line.trim() === '')
            continue;
        const width = line.length - line.replace(/^[ \t]+/, '').length;
        indent = Math.min(indent, width);
    }
    if (indent === Infinity || indent === 0)
        return body;
    return lines.map((line) => line.slice(Math.min(indent, line.length - line.replace(/^[ \t]+/, '').length))).join('\n');
}
/**
 * A heredoc without templates as a string expression, from its offsets: the value runs from the
 * line after the opening marker (`openingEnd`, or -1 for none) to the start of the closing
 * marker's line (`closingStart`, or -1), de-indented for `<<-`; `valueSpan` points at the text
 * itself, not the indentation or trailing blank lines around it.
 */
export function heredocString(text, start, end, openingEnd, closingStart, indented) {
    const bodyStart = openingEnd >= 0 ? Math.min(text.indexOf('\n', openingEnd) + 1 || end, end) : start;
    let bodyEnd = closingStart >= 0 ? text.lastIndexOf('\n', closingStart - 1) + 1 : end;
    if (bodyEnd < bodyStart)
        bodyEnd = bodyStart;
    let raw = text.slice(bodyStart, bodyEnd);
    if (raw.endsWith('\n'))
        raw = raw.slice(0, -1);
    if (raw.endsWith('\r'))
        raw = raw.slice(0, -1);
    const lines = raw.replace(/\r\n/g, '\n');
    const value = unescapeHeredoc(indented ? stripHeredocIndent(lines) : lines);
    const lead = raw.length - raw.trimStart().length;
    return { kind: 'string', value, span: { start, end }, valueSpan: { start: bodyStart + lead, end: bodyStart + Math.max(lead, raw.trimEnd().length) } };
}
