import { isAbsolute, relative, resolve, sep } from 'node:path';
/**
 * The two ways leakgate names a path, in one place, so the walker, the ESLint rule, config
 * excludes and messages always agree (a finding's `file` is the same from every door).
 */
/** `/`-separated, whatever the platform writes. */
export function toPosix(path) {
    return sep === '/' ? path : path.split(sep).join('/');
}
function isInside(rel) {
    return !rel.startsWith('..') && !isAbsolute(rel) && !/^[A-Za-z]:/.test(rel);
}
/** As the user would write it from `cwd`: relative when inside it (`.` for `cwd` itself), else absolute. */
export function displayPath(absolute, cwd) {
    const rel = relative(cwd, absolute);
    if (rel === '')
        return '.';
    return toPosix(isInside(rel) ? rel : absolute);
}
/** Whether `absolute` is `base` or below it. */
export function isWithin(base, absolute) {
    const rel = relative(base, absolute);
    return rel === '' || isInside(rel);
}
/**
 * Relative to `base` for matching its globs; outside it, the absolute path without its root, so
 * that only unanchored patterns (`yarn.lock`, `*.min.js`) can match.
 */
export function pathFromBase(base, absolute) {
    const rel = relative(base, absolute);
    if (!isInside(rel) || resolve(base, rel) !== absolute)
        return toPosix(absolute.replace(/^([A-Za-z]:)?[\\/]+/, ''));
    return toPosix(rel);
}
