/**
 * The one path matcher, with gitignore semantics, used for `.gitignore` files, config
 * `exclude` globs and rules' `paths`, so a pattern means the same thing everywhere:
 * - `#` starts a comment, `!` negates, the last matching pattern wins;
 * - a trailing `/` matches folders only;
 * - a pattern with a `/` before its end is anchored to the pattern file's folder, otherwise it
 *   matches a name at any depth;
 * - `*` and `?` stop at `/`, `**` crosses folders, `[...]` is a character class.
 * Patterns compile to one regex each, once; literal names go to a set. Callers test paths
 * relative to the pattern file's folder, `/`-separated, and walk folders top-down, so a path
 * under an ignored folder is never asked about (git cannot re-include below an ignored folder
 * either).
 */
export class PathMatcher {
    patterns = [];
    /** Plain names (no wildcard, no slash, no negation) when no negation follows them. */
    literalNames = new Set();
    literalDirNames = new Set();
    constructor(patterns) {
        const lines = typeof patterns === 'string' ? patterns.split(/\r?\n/) : patterns;
        const hasNegation = lines.some((line) => line.trimStart().startsWith('!'));
        for (const line of lines) {
            const parsed = parsePattern(line);
            if (!parsed)
                continue;
            if (!hasNegation && parsed.literal !== undefined) {
                (parsed.dirOnly ? this.literalDirNames : this.literalNames).add(parsed.literal);
                continue;
            }
            this.patterns.push(parsed.compiled);
        }
    }
    get isEmpty() {
        return this.patterns.length === 0 && this.literalNames.size === 0 && this.literalDirNames.size === 0;
    }
    /** Whether a path (relative, `/`-separated) is matched; `isDir` for folders. */
    verdict(relativePath, isDir) {
        const slash = relativePath.lastIndexOf('/');
        const basename = slash >= 0 ? relativePath.slice(slash + 1) : relativePath;
        if (this.literalNames.has(basename) || (isDir && this.literalDirNames.has(basename)))
            return 'ignored';
        for (let i = this.patterns.length - 1; i >= 0; i--) {
            const pattern = this.patterns[i];
            if (pattern.dirOnly && !isDir)
                continue;
            const subject = pattern.basenameOnly ? basename : relativePath;
            if (!subject.startsWith(pattern.head) || !subject.endsWith(pattern.tail))
                continue;
            if (pattern.regex.test(subject))
                return pattern.negate ? 'included' : 'ignored';
        }
        return undefined;
    }
    /**
     * Whether a path is matched, itself or through a parent folder: for callers that test a
     * path out of walking order (rule `paths`, explicit files).
     */
    matches(relativePath) {
        const clean = relativePath.replace(/^\.?\/+/, '');
        if (clean === '')
            return false;
        const parts = clean.split('/');
        for (let i = 1; i <= parts.length; i++) {
            const isDir = i < parts.length || clean.endsWith('/');
            const prefix = parts.slice(0, i).join('/');
            if (prefix === '')
                continue;
            if (this.verdict(prefix, isDir) === 'ignored')
                return true;
        }
        return false;
    }
}
export function createPathMatcher(patterns) {
    const matcher = new PathMatcher(patterns);
    return (relativePath) => matcher.matches(relativePath);
}
function parsePattern(raw) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#'))
        return undefined;
    let negate = false;
    if (line.startsWith('!')) {
        negate = true;
        line = line.slice(1);
    }
    else if (line.startsWith('\\!') || line.startsWith('\\#')) {
        line = line.slice(1);
    }
    let dirOnly = false;
    if (line.endsWith('/')) {
        dirOnly = true;
        line = line.replace(/\/+$/, '');
    }
    if (line === '')
        return undefined;
    const anchored = line.includes('/');
    if (line.startsWith('/'))
        line = line.slice(1);
    const basenameOnly = !anchored;
    const wild = /[*?[\\\]]/g;
    const firstWild = line.search(wild);
    const lastWild = Math.max(...[...line.matchAll(wild)].map((match) => match.index), -1);
    const head = firstWild === -1 ? line : line.slice(0, firstWild);
    // `**/` may match no folder at all (`**/b` matches `b`), so its slash is not part of the tail.
    const afterGlobstar = lastWild > 0 && line[lastWild] === '*' && line[lastWild - 1] === '*';
    const tail = firstWild === -1 ? line : line.slice(lastWild + (afterGlobstar && line[lastWild + 1] === '/' ? 2 : 1));
    const compiled = { regex: new RegExp(`^${globToRegex(line)}$`), negate, dirOnly, basenameOnly, head, tail };
    const literal = basenameOnly && !negate && !/[*?[\\]/.test(line) ? line : undefined;
    return literal === undefined ? { compiled, dirOnly } : { compiled, literal, dirOnly };
}
function globToRegex(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const ch = glob[i];
        if (ch === '*') {
            if (glob[i + 1] === '*') {
                const atStart = i === 0 || glob[i - 1] === '/';
                const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
                if (atStart && atEnd) {
                    if (i + 2 === glob.length)
                        out += '.*'; // `dir/**`: everything inside
                    else {
                        out += '(?:.*/)?'; // `**/` or `/**/`: zero or more folders
                        i += 1; // skip the slash after `**`
                    }
                    i += 1;
                    continue;
                }
                // `**` inside a segment behaves like `*`.
                i += 1;
            }
            out += '[^/]*';
        }
        else if (ch === '?') {
            out += '[^/]';
        }
        else if (ch === '[') {
            const end = glob.indexOf(']', i + 2);
            if (end === -1) {
                out += '\\[';
                continue;
            }
            let body = glob.slice(i + 1, end);
            if (body.startsWith('!'))
                body = `^${body.slice(1)}`;
            out += `[${body.replace(/\\(?!\])/g, '\\\\')}]`;
            i = end;
        }
        else if (ch === '\\' && i + 1 < glob.length) {
            out += escapeRegex(glob[i + 1]);
            i += 1;
        }
        else {
            out += escapeRegex(ch);
        }
    }
    return out;
}
function escapeRegex(ch) {
    return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}
