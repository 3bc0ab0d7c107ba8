import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PathMatcher } from '../engine/path-matcher.js';
import { LeakgateError } from '../errors.js';
import { displayPath, pathFromBase } from '../paths.js';
export function walk(paths, options = {}) {
    const skipped = [];
    const warnings = [];
    const warn = (message) => warnings.push(message);
    const cwd = resolve(options.cwd ?? process.cwd());
    const useGitignore = options.gitignore ?? true;
    const excludeMatcher = new PathMatcher(options.exclude?.patterns ?? []);
    const excludeBase = options.exclude?.baseDir ?? cwd;
    const roots = paths.map((given) => {
        const absolute = resolve(cwd, given);
        if (!existsSync(absolute))
            throw new LeakgateError(`path not found: ${given}`);
        return { given, absolute, isDir: statSync(absolute).isDirectory() };
    });
    function* files() {
        const seenFiles = new Set();
        for (const { given, absolute: root, isDir } of roots) {
            const rootFromBase = pathFromBase(excludeBase, root);
            if (excludeMatcher.matches(isDir ? `${rootFromBase}/` : rootFromBase)) {
                warnings.push(`${given} is excluded by the config (exclude); nothing was scanned there`);
                continue;
            }
            const rootDisplay = displayPath(root, cwd);
            if (!isDir) {
                if (!seenFiles.has(root)) {
                    seenFiles.add(root);
                    yield { absolutePath: root, displayPath: rootDisplay };
                }
                continue;
            }
            let scopes = useGitignore ? [...builtinIgnores(root), ...ancestorScopes(root, warn)] : [];
            // A root named on the command line inside an ignored folder (`leakgate node_modules`):
            // the folder was asked for, so only the ignore files inside it apply.
            if (scopes.some((scope) => scope.matcher.matches(`${scope.prepend}`)))
                scopes = [];
            const context = {
                root,
                displayPrefix: rootDisplay === '.' ? '' : `${rootDisplay}/`,
                excludePrefix: rootFromBase === '' ? '' : `${rootFromBase}/`,
                seenFiles,
                visitedDirs: options.followSymlinks ? new Set([safeRealpath(root)]) : undefined,
            };
            yield* walkDir(context, root, '', scopes);
        }
    }
    function* walkDir(context, dir, fromRoot, parentScopes) {
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch (error) {
            const code = error.code ?? 'error';
            skipped.push({ file: context.displayPrefix + fromRoot || '.', reason: 'unreadable', detail: code });
            return;
        }
        let scopes = parentScopes;
        if (useGitignore && entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) {
            const matcher = readMatcher(join(dir, '.gitignore'), warn);
            if (matcher)
                scopes = [...parentScopes, { prepend: '', strip: fromRoot.length, matcher }];
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const dirPrefix = dir.endsWith(sep) ? dir : dir + sep;
        for (const entry of entries) {
            if (entry.name === '.git')
                continue;
            const path = dirPrefix + entry.name;
            const rel = fromRoot + entry.name;
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            const isLink = entry.isSymbolicLink();
            if (isLink) {
                if (!options.followSymlinks)
                    continue;
                try {
                    const target = statSync(path);
                    isDir = target.isDirectory();
                    isFile = target.isFile();
                }
                catch {
                    continue; // dangling link
                }
            }
            if (!isDir && !isFile)
                continue;
            if (scopes.length > 0 && isIgnored(scopes, rel, isDir))
                continue;
            if (!excludeMatcher.isEmpty && excludeMatcher.verdict(context.excludePrefix + rel, isDir) === 'ignored')
                continue;
            if (isDir) {
                if (context.visitedDirs) {
                    const real = safeRealpath(path);
                    if (context.visitedDirs.has(real)) {
                        skipped.push({ file: context.displayPrefix + rel, reason: 'symlink-loop', detail: `already walked as ${real}` });
                        continue;
                    }
                    context.visitedDirs.add(real);
                }
                yield* walkDir(context, path, `${rel}/`, scopes);
            }
            else {
                const identity = isLink ? safeRealpath(path) : path;
                if (context.seenFiles.has(identity))
                    continue;
                context.seenFiles.add(identity);
                yield { absolutePath: path, displayPath: context.displayPrefix + rel };
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
        return path;
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
        if (code !== 'ENOENT')
            warn(`cannot read ${file}: ${code ?? error.message}; its patterns are not applied`);
        return undefined;
    }
    const matcher = new PathMatcher(text);
    return matcher.isEmpty ? undefined : matcher;
}
/** `.gitignore` files above a root, up to the repository root, plus `.git/info/exclude`. */
function ancestorScopes(root, warn) {
    const chain = [];
    let repoRoot = existsSync(join(root, '.git')) ? root : undefined;
    let dir = dirname(root);
    while (!repoRoot) {
        chain.unshift(dir);
        if (existsSync(join(dir, '.git'))) {
            repoRoot = dir;
            break;
        }
        const parent = dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
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
