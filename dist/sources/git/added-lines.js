/**
 * The lines a diff adds, per new path: parsed from `git diff -U0` output by walking each hunk's
 * body (so inter-hunk context a user's config may add is never mistaken for added lines).
 */
const HUNK = /^@@@* -[^ ]+ \+(\d+)(?:,\d+)? @@/;
export function parseAddedLines(diff) {
    const added = new Map();
    let current;
    let line = 0;
    let inHunk = false;
    for (const text of diff.split('\n')) {
        if (text.startsWith('diff --git ')) {
            current = undefined;
            inHunk = false;
            continue;
        }
        if (!inHunk && text.startsWith('+++ ')) {
            const path = diffPath(text.slice(4));
            if (path !== undefined) {
                current = added.get(path) ?? new Set();
                added.set(path, current);
            }
            continue;
        }
        const hunk = HUNK.exec(text);
        if (hunk) {
            line = Number(hunk[1]);
            inHunk = true;
            continue;
        }
        if (!inHunk || !current)
            continue;
        const marker = text[0];
        if (marker === '+')
            current.add(line++);
        else if (marker === ' ')
            line++;
        // '-' lines and '\ No newline at end of file' do not move the new side.
    }
    return added;
}
/** `b/path`, `"b/quoted\tpath"` or `/dev/null` -> the path (undefined for /dev/null). */
function diffPath(field) {
    const raw = field.startsWith('"') ? unquoteC(field) : field.replace(/\t$/, '');
    if (raw === '/dev/null')
        return undefined;
    return raw.startsWith('b/') ? raw.slice(2) : raw;
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
const BACKSLASH = 92;
/** Undoes git's C-style quoting of unusual paths (`"a\tb\303\251"`), octal escapes being UTF-8 bytes. */
export function unquoteC(quoted) {
    const body = Buffer.from(quoted.replace(/^"/, '').replace(/"\s*$/, ''), 'utf8');
    const bytes = [];
    for (let i = 0; i < body.length; i++) {
        const byte = body[i];
        if (byte !== BACKSLASH) {
            bytes.push(byte);
            continue;
        }
        const next = String.fromCharCode(body[i + 1] ?? 0);
        if (next >= '0' && next <= '7') {
            bytes.push(parseInt(body.toString('latin1', i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
