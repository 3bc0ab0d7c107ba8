import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { repositoryRoot } from '../config/load.js';
import { displayPath } from '../paths.js';
import { describeFsError, LeakgateError } from '../errors.js';
/**
 * `.leakgateignore`: one finding fingerprint per line, an optional expiry date, an optional
 * reason after `#`:
 *
 *     # test fixtures, not real keys
 *     3f2a9c0d1e4b5a67                      # sample key in docs/setup.md
 *     9b8c7d6e5f4a3b21  expires=2027-01-31  # rotated; old deploys still use it (SEC-42)
 *
 * Entries name fingerprints, never lines or paths: a fingerprint is a hash of rule and secret,
 * so an entry keeps working when lines move or files are renamed, and never needs rewriting.
 */
export const IGNORE_FILE_NAME = '.leakgateignore';
const FINGERPRINT = /^[0-9a-f]{16}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A secret pasted into the file by mistake must not reach a CI log through the error about it. */
const NOT_ECHOED = 'the text is not shown: it may be a secret';
/** Parses the text of an ignore file; a malformed line is an error naming the file and line. */
export function parseIgnoreFile(text, file) {
    const entries = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, index) => {
        const lineNumber = index + 1;
        const hash = raw.indexOf('#');
        const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
        if (body === '')
            return;
        const reason = hash >= 0 ? raw.slice(hash + 1).trim() : '';
        const [fingerprint, ...options] = body.split(/\s+/);
        const where = `${file}:${lineNumber}`;
        if (!fingerprint || !FINGERPRINT.test(fingerprint)) {
            throw new LeakgateError(`${where}: expected a finding fingerprint (16 hex digits) first on the line (${NOT_ECHOED})`);
        }
        const entry = { fingerprint: fingerprint.toLowerCase(), line: lineNumber };
        for (const option of options) {
            const [key, value] = splitOnce(option, '=');
            if (key !== 'expires' || value === undefined) {
                throw new LeakgateError(`${where}: unknown option: only expires=YYYY-MM-DD is allowed before the # reason (${NOT_ECHOED})`);
            }
            if (!isCalendarDate(value))
                throw new LeakgateError(`${where}: expires must be a date such as 2027-01-31 (${NOT_ECHOED})`);
            entry.expires = value;
        }
        if (reason)
            entry.reason = reason;
        entries.push(entry);
    });
    return { file, entries };
}
/** Whether an entry's expiry date has passed: it suppresses through the whole of that day (UTC). */
export function isExpired(entry, now) {
    if (!entry.expires)
        return false;
    const [, y, m, d] = DATE.exec(entry.expires);
    return now.getTime() >= Date.UTC(Number(y), Number(m) - 1, Number(d) + 1);
}
/**
 * The ignore file that governs a folder: the nearest `.leakgateignore` from it up to the
 * repository root (only the folder itself outside a repository), as config discovery does.
 */
export function findIgnoreFile(fromDir) {
    const start = resolve(fromDir);
    const root = repositoryRoot(start) ?? start;
    let dir = start;
    for (;;) {
        const candidate = join(dir, IGNORE_FILE_NAME);
        if (existsSync(candidate))
            return candidate;
        if (dir === root)
            return undefined;
        const parent = dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
const cache = new Map();
/**
 * Reads and parses an ignore file, synchronously (the ESLint rule needs that), cached by path,
 * size and modification time so an editor that lints on every keystroke reads it once.
 */
export function loadIgnoreFileSync(path, options = {}) {
    const absolute = resolve(options.cwd ?? process.cwd(), path);
    const shown = displayPath(absolute, options.cwd ?? process.cwd());
    let stats;
    try {
        stats = statSync(absolute);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new LeakgateError(`ignore file not found: ${shown}`);
        throw new LeakgateError(`cannot read ignore file ${shown}: ${describeFsError(error)}`);
    }
    const cached = cache.get(absolute);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size && cached.parsed.file === shown)
        return cached.parsed;
    let text;
    try {
        text = readFileSync(absolute, 'utf8');
    }
    catch (error) {
        throw new LeakgateError(`cannot read ignore file ${shown}: ${describeFsError(error)}`);
    }
    const parsed = parseIgnoreFile(text, shown);
    cache.set(absolute, { mtimeMs: stats.mtimeMs, size: stats.size, parsed });
    return parsed;
}
/** The ignore file for a folder, found and loaded; undefined when there is none. */
export function loadNearestIgnoreFileSync(fromDir, options = {}) {
    const found = findIgnoreFile(fromDir);
    return found ? loadIgnoreFileSync(found, options) : undefined;
}
function isCalendarDate(value) {
    const match = DATE.exec(value);
    if (!match)
        return false;
    const [, y, m, d] = match;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}
function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
