import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { repositoryRoot } from '../config/load.js';
import { PathMatcher } from '../engine/path-matcher.js';
import { LeakgateError } from '../errors.js';
import { displayPath, isWithin, pathFromBase, toPosix } from '../paths.js';
import { escapeFileName, isValidUtf8Name } from './file-names.js';
import { specialFileKind } from './read.js';
export function walk(paths, options = {}) {
    const skipped = [];
    const warnings = [];
    const warn = (message) => warnings.push(message);
    const cwd = resolve(options.cwd ?? process.cwd());
    const useGitignore = options.gitignore ?? true;
    const insideMatcher = new PathMatcher(options.exclude?.patterns ?? []);
    const outsideMatcher = new PathMatcher(options.exclude?.outside ?? []);
    const excludeBase = options.exclude?.baseDir ?? cwd;
    const roots = paths.map((given) => {
        const absolute = resolve(cwd, given);
        if (!existsSync(absolute))
            throw new LeakgateError(`path not found: ${given}`);
        return { given, absolute, isDir: statSync(absolute).isDirectory() };
    });
    // Real paths of the roots: a followed link whose target is under none of them leaves the scan.
    const rootReals = options.followSymlinks && !options.followExternalSymlinks ? roots.map((r) => ({ real: safeRealpath(r.absolute), isDir: r.isDir })) : undefined;
    const insideRoots = (real) => rootReals.some((r) => real === r.real || (r.isDir && real.startsWith(r.real.endsWith(sep) ? r.real : r.real + sep)));
    // Roots that do not hold one another, walked without following links, reach every file once
    // and by one path: then no walked file needs remembering (a set of every path, on big trees).
    const reachesFilesTwice = Boolean(options.followSymlinks) ||
        roots.some((a, i) => roots.some((b, j) => i !== j && b.isDir && isWithin(b.absolute, a.absolute)));
    function* files() {
        const seenFiles = new Set();
        for (const { given, absolute: root, isDir } of roots) {
            const repoRoot = repositoryRoot(isDir ? root : dirname(root));
            const rootRule = repoRoot ? toPosix(relative(repoRoot, root)) : isDir ? '' : basename(root);
            // Excludes are relative to the config's folder. A root outside it is matched by its path
            // from its repository (or itself) against the built-in excludes only: folders above it never decide.
            const inside = isWithin(excludeBase, root);
            const rootFromBase = inside ? pathFromBase(excludeBase, root) : rootRule;
            const excludeMatcher = inside ? insideMatcher : outsideMatcher;
            if (rootFromBase !== '' && excludeMatcher.matches(isDir ? `${rootFromBase}/` : rootFromBase)) {
                warnings.push(`${given} is excluded by the config (exclude); nothing was scanned there`);
                continue;
            }
            const rootDisplay = displayPath(root, cwd);
            if (!isDir) {
                if (!seenFiles.has(root)) {
                    seenFiles.add(root);
                    yield { absolutePath: root, displayPath: rootDisplay, rulePath: rootRule };
                }
                continue;
            }
            let scopes = useGitignore ? [...builtinIgnores(root), ...ancestorScopes(root, repoRoot, warn)] : [];
            // A root named on the command line inside an ignored folder (`leakgate node_modules`):
            // the folder was asked for, so only the ignore files inside it apply.
            if (scopes.some((scope) => scope.matcher.matches(`${scope.prepend}`)))
                scopes = [];
            const context = {
                displayPrefix: rootDisplay === '.' ? '' : `${rootDisplay}/`,
                excludeMatcher,
                rulePrefix: rootRule === '' ? '' : `${rootRule}/`,
                excludePrefix: rootFromBase === '' ? '' : `${rootFromBase}/`,
                excludeStrip: 0,
                seenFiles: reachesFilesTwice ? seenFiles : undefined,
                visitedDirs: options.followSymlinks ? new Set([safeRealpath(root)]) : undefined,
            };
            yield* walkDir(enter(context, root, '', scopes));
        }
    }
    /**
     * A folder's frame, or undefined when it cannot be read (reported as skipped). `dir` is a
     * string while every name on the way is valid UTF-8, and bytes from the first one that is
     * not; `fromRoot` is the `/`-separated path from the root, such names escaped.
     */
    function enter(context, dir, fromRoot, parentScopes) {
        let listed;
        try {
            listed = listFolder(dir);
        }
        catch (error) {
            const code = error.code ?? 'error';
            skipped.push({ file: context.displayPrefix + fromRoot || '.', reason: 'unreadable', detail: code });
            return undefined;
        }
        let scopes = parentScopes;
        if (useGitignore && listed.some(({ name, entry }) => name === '.gitignore' && !entry.isDirectory())) {
            const matcher = readMatcher(joinPath(dir, undefined, '.gitignore'), warn);
            if (matcher)
                scopes = [...parentScopes, { prepend: '', strip: fromRoot.length, matcher }];
        }
        listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        return { context, dir, fromRoot, scopes, listed, next: 0 };
    }
    /**
     * Depth first, each folder's entries in name order. One generator with a stack of folders
     * rather than one generator per folder: a file then costs one resumption, not one per
     * folder above it.
     */
    function* walkDir(first) {
        const stack = first ? [first] : [];
        while (stack.length > 0) {
            const frame = stack[stack.length - 1];
            if (frame.next === frame.listed.length) {
                stack.pop();
                continue;
            }
            const { name, entry, rawName } = frame.listed[frame.next++];
            const { context, dir, fromRoot, scopes } = frame;
            if (name === '.git')
                continue;
            const path = joinPath(dir, rawName, name);
            const rel = fromRoot + name;
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            const isLink = entry.isSymbolicLink();
            /** Why an entry that is not ignored is still not read: said once it is known to matter. */
            let skip;
            let leadsOutside;
            if (isLink) {
                if (!options.followSymlinks)
                    continue;
                try {
                    const target = statSync(path);
                    isDir = target.isDirectory();
                    isFile = target.isFile();
                    if (!isDir && !isFile)
                        skip = { reason: 'unreadable', detail: `link to ${specialFileKind(target)}` };
                }
                catch {
                    continue; // dangling link
                }
                if (rootReals) {
                    const real = safeRealpath(path);
                    if (!insideRoots(real))
                        leadsOutside = real;
                }
            }
            else if (!isDir && !isFile) {
                // FIFOs, sockets and devices: reading one can block forever or never end.
                const kind = specialKindAt(path);
                if (!kind)
                    continue;
                skip = { reason: 'unreadable', detail: kind };
            }
            if (scopes.length > 0 && isIgnored(scopes, rel, isDir))
                continue;
            const { excludeMatcher } = context;
            if (!excludeMatcher.isEmpty && excludeMatcher.verdict(context.excludePrefix + rel.slice(context.excludeStrip), isDir) === 'ignored')
                continue;
            if (skip) {
                skipped.push({ file: context.displayPrefix + rel, ...skip });
                continue;
            }
            if (leadsOutside !== undefined) {
                warnings.push(`${context.displayPrefix + rel} links outside the scanned folders (to ${leadsOutside}); not followed (--follow-external-symlinks follows it)`);
                continue;
            }
            if (isDir) {
                if (context.visitedDirs) {
                    const real = safeRealpath(path);
                    if (context.visitedDirs.has(real)) {
                        skipped.push({ file: context.displayPrefix + rel, reason: 'symlink-loop', detail: `already walked as ${real}` });
                        continue;
                    }
                    context.visitedDirs.add(real);
                }
                // Walking down from outside into the config's own folder: its globs apply from here on.
                const entering = excludeMatcher === outsideMatcher && path === excludeBase;
                const below = entering ? { ...context, excludeMatcher: insideMatcher, excludePrefix: '', excludeStrip: rel.length + 1 } : context;
                const child = enter(below, path, `${rel}/`, scopes);
                if (child)
                    stack.push(child);
            }
            else {
                const absolutePath = typeof path === 'string' ? path : path.toString('utf8');
                const identity = isLink ? safeRealpath(path) : absolutePath;
                if (context.seenFiles) {
                    if (context.seenFiles.has(identity))
                        continue;
                    context.seenFiles.add(identity);
                }
                const file = { absolutePath, displayPath: context.displayPrefix + rel, rulePath: context.rulePrefix + rel };
                if (typeof path !== 'string')
                    file.pathBytes = path;
                yield file;
            }
        }
    }
    return {
        roots: roots.map(({ absolute, isDir }) => ({ absolutePath: absolute, displayPath: displayPath(absolute, cwd), isDirectory: isDir })),
        files: files(),
        skipped,
        warnings,
    };
}
function safeRealpath(path) {
    try {
        return realpathSync(path);
    }
    catch {
        return path.toString();
    }
}
/**
 * A folder's entries, read as text (the fast path); a folder where a name came back with U+FFFD
 * is read again as bytes, and names that are not UTF-8 are kept as bytes to open them by.
 */
function listFolder(dir) {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (!entries.some((entry) => entry.name.includes('\ufffd')))
        return entries.map((entry) => ({ name: entry.name, entry }));
    return readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).map((entry) => isValidUtf8Name(entry.name) ? { name: entry.name.toString('utf8'), entry } : { name: escapeFileName(entry.name), entry, rawName: entry.name });
}
/** A child path: a string while names are UTF-8, bytes once one is not (`rawName` given, or `dir` already bytes). */
function joinPath(dir, rawName, name) {
    if (typeof dir === 'string' && !rawName)
        return (dir.endsWith(sep) ? dir : dir + sep) + name;
    const dirBytes = typeof dir === 'string' ? Buffer.from(dir) : dir;
    const separator = dirBytes[dirBytes.length - 1] === sep.charCodeAt(0) ? [] : [Buffer.from(sep)];
    return Buffer.concat([dirBytes, ...separator, rawName ?? Buffer.from(name)]);
}
function specialKindAt(path) {
    try {
        return specialFileKind(lstatSync(path));
    }
    catch {
        return undefined;
    }
}
/** An ignore file's patterns; a missing file has none, an unreadable one is a warning (its files get scanned). */
function readMatcher(file, warn) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        // ENOTDIR: `.git` is a file (a linked worktree or a submodule), so there is no `.git/info/exclude` there.
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            warn(`cannot read ${file.toString()}: ${code ?? error.message}; its patterns are not applied`);
        return undefined;
    }
    const matcher = new PathMatcher(text);
    return matcher.isEmpty ? undefined : matcher;
}
/** `.gitignore` files above a root, up to the repository root, plus `.git/info/exclude`. */
function ancestorScopes(root, repoRoot, warn) {
    const chain = [];
    for (let dir = root; dir !== repoRoot && repoRoot;) {
        dir = dirname(dir);
        chain.unshift(dir);
    }
    if (!repoRoot)
        return []; // outside a repository, parent folders' ignore files do not apply
    const scopeFor = (folder, matcher) => {
        const down = relative(folder, root).split(sep).join('/');
        return { prepend: down === '' ? '' : `${down}/`, strip: 0, matcher };
    };
    const scopes = [];
    const infoExclude = readMatcher(join(repoRoot, '.git', 'info', 'exclude'), warn);
    if (infoExclude)
        scopes.push(scopeFor(repoRoot, infoExclude));
    for (const folder of chain) {
        const matcher = readMatcher(join(folder, '.gitignore'), warn);
        if (matcher)
            scopes.push(scopeFor(folder, matcher));
    }
    return scopes;
}
/**
 * Installed dependencies are not the project's code, and a project without a `.gitignore` yet
 * (right after `npm init`) would otherwise get findings from packages' own test keys: a
 * `node_modules` folder below a scanned root is skipped as if a global gitignore listed it, the
 * weakest scope, so a `.gitignore` can re-include it (`!node_modules/`) and `--no-gitignore`
 * scans it. A root inside `node_modules` was asked for, so nothing is skipped there.
 */
const NODE_MODULES = new PathMatcher(['node_modules/']);
function builtinIgnores(root) {
    if (root.split(sep).includes('node_modules'))
        return [];
    return [{ prepend: '', strip: 0, matcher: NODE_MODULES }];
}
/** Git's rule: the deepest scope with an opinion wins. */
function isIgnored(scopes, fromRoot, isDir) {
    for (let i = scopes.length - 1; i >= 0; i--) {
        const scope = scopes[i];
        const verdict = scope.matcher.verdict(scope.prepend + fromRoot.slice(scope.strip), isDir);
        if (verdict !== undefined)
            return verdict === 'ignored';
    }
    return false;
}
