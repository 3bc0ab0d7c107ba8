import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine, createExcludeMatcher, findConfigFileSync, loadConfigSync } from '../config/load.js';
import { LeakgateError } from '../errors.js';
/** Enough for every config in a monorepo; bounded so a long-lived editor process cannot grow without end. */
const MAX_ENTRIES = 64;
const byFile = new Map();
const byInline = new Map();
const defaults = new Map();
/** The scan setup for a file being linted from `cwd`, per the rule's `config` option. */
export function scanSetupFor(directory, cwd, option) {
    try {
        if (option === false)
            return remember(defaults, cwd, () => build({ cwd, noConfig: true }));
        if (option !== undefined && typeof option === 'object') {
            return remember(byInline, `${cwd}\0${JSON.stringify(option)}`, () => build({ cwd, inline: option }));
        }
        const file = typeof option === 'string' ? option : findConfigFileSync(directory);
        if (file === undefined)
            return remember(defaults, cwd, () => build({ cwd, noConfig: true }));
        return fromFile(file, cwd);
    }
    catch (error) {
        return { error: messageOf(error) };
    }
}
/** `file` as the user wrote it (errors name it so), relative to `cwd`, or absolute. */
function fromFile(file, cwd) {
    const path = resolve(cwd, file);
    let stat;
    try {
        stat = statSync(path, { throwIfNoEntry: false });
    }
    catch (error) {
        return { error: messageOf(error) };
    }
    // A missing explicit file is not cached: loadConfigSync reports it, and it may appear later.
    if (!stat)
        return build({ cwd, configFile: file });
    const key = `${cwd}\0${path}`;
    const cached = byFile.get(key);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size)
        return cached.result;
    const result = build({ cwd, configFile: file });
    byFile.delete(key);
    evictOldest(byFile);
    byFile.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, result });
    return result;
}
function build(options) {
    try {
        const config = loadConfigSync(options);
        return { setup: { config, engine: createEngine(config), isExcluded: createExcludeMatcher(config) } };
    }
    catch (error) {
        // A broken config is remembered like a good one, so it is not re-read for every file.
        return { error: messageOf(error) };
    }
}
function remember(cache, key, make) {
    const cached = cache.get(key);
    if (cached)
        return cached;
    const result = make();
    evictOldest(cache);
    cache.set(key, result);
    return result;
}
function evictOldest(cache) {
    if (cache.size < MAX_ENTRIES)
        return;
    const oldest = cache.keys().next();
    if (!oldest.done)
        cache.delete(oldest.value);
}
function messageOf(error) {
    if (error instanceof LeakgateError)
        return error.message;
    // Anything else is a bug; keep its first line so the editor shows something actionable.
    return `unexpected error: ${String(error?.message ?? error).split('\n')[0]}`;
}
