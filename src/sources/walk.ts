import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PathMatcher } from '../engine/path-matcher.js';
import { LeakgateError } from '../errors.js';
import { displayPath, pathFromBase } from '../paths.js';
import type { Skip } from '../types.js';

/**
 * The one tree walker. It honours `.gitignore` files the way git does (each file's patterns are
 * relative to its folder, deeper files can re-include, and the repository's
 * `.git/info/exclude` applies), plus the config's `exclude` globs. Paths named on the command
 * line are always walked even if ignored, as ripgrep does; config excludes still apply to them.
 * Symlinks are not followed unless asked; when followed, a loop is detected by real path.
 * Relative paths are built while descending, so no per-file path arithmetic is needed.
 */

export interface WalkOptions {
  /** Folder that relative paths are resolved against (default: the process cwd). */
  cwd?: string;
  /** Config excludes: globs relative to `baseDir`. */
  exclude?: { baseDir: string; patterns: readonly string[] };
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
  followSymlinks?: boolean;
}

export interface WalkedFile {
  absolutePath: string;
  /** The file's path as the user would write it from the cwd: `/`-separated, relative when inside it. */
  displayPath: string;
}

interface IgnoreScope {
  /** Path of the walked entry relative to this scope = prepend + pathFromRoot.slice(strip). */
  prepend: string;
  strip: number;
  matcher: PathMatcher;
}

export interface WalkRoot {
  absolutePath: string;
  displayPath: string;
  isDirectory: boolean;
}

export interface Walk {
  /** The paths asked for, resolved (analyzers that look beyond the walked files use them). */
  roots: WalkRoot[];
  files: Generator<WalkedFile>;
  /** Filled while the walk proceeds: loops and unreadable folders. */
  skipped: Skip[];
  warnings: string[];
}

export function walk(paths: readonly string[], options: WalkOptions = {}): Walk {
  const skipped: Skip[] = [];
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const cwd = resolve(options.cwd ?? process.cwd());
  const useGitignore = options.gitignore ?? true;
  const excludeMatcher = new PathMatcher(options.exclude?.patterns ?? []);
  const excludeBase = options.exclude?.baseDir ?? cwd;
  const roots = paths.map((given) => {
    const absolute = resolve(cwd, given);
    if (!existsSync(absolute)) throw new LeakgateError(`path not found: ${given}`);
    return { given, absolute, isDir: statSync(absolute).isDirectory() };
  });

  function* files(): Generator<WalkedFile> {
    const seenFiles = new Set<string>();
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
      if (scopes.some((scope) => scope.matcher.matches(`${scope.prepend}`))) scopes = [];
      const context: WalkContext = {
        root,
        displayPrefix: rootDisplay === '.' ? '' : `${rootDisplay}/`,
        excludePrefix: rootFromBase === '' ? '' : `${rootFromBase}/`,
        seenFiles,
        visitedDirs: options.followSymlinks ? new Set([safeRealpath(root)]) : undefined,
      };
      yield* walkDir(context, root, '', scopes);
    }
  }

  interface WalkContext {
    root: string;
    displayPrefix: string;
    excludePrefix: string;
    seenFiles: Set<string>;
    visitedDirs: Set<string> | undefined;
  }

  function* walkDir(context: WalkContext, dir: string, fromRoot: string, parentScopes: IgnoreScope[]): Generator<WalkedFile> {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      skipped.push({ file: context.displayPrefix + fromRoot || '.', reason: 'unreadable', detail: code });
      return;
    }
    let scopes = parentScopes;
    if (useGitignore && entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) {
      const matcher = readMatcher(join(dir, '.gitignore'), warn);
      if (matcher) scopes = [...parentScopes, { prepend: '', strip: fromRoot.length, matcher }];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const dirPrefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const entry of entries) {
      if (entry.name === '.git') continue;
      const path = dirPrefix + entry.name;
      const rel = fromRoot + entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const isLink = entry.isSymbolicLink();
      if (isLink) {
        if (!options.followSymlinks) continue;
        try {
          const target = statSync(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (!isDir && !isFile) continue;
      if (scopes.length > 0 && isIgnored(scopes, rel, isDir)) continue;
      if (!excludeMatcher.isEmpty && excludeMatcher.verdict(context.excludePrefix + rel, isDir) === 'ignored') continue;
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
      } else {
        const identity = isLink ? safeRealpath(path) : path;
        if (context.seenFiles.has(identity)) continue;
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

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** An ignore file's patterns; a missing file has none, an unreadable one is a warning (its files get scanned). */
function readMatcher(file: string, warn: (message: string) => void): PathMatcher | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') warn(`cannot read ${file}: ${code ?? (error as Error).message}; its patterns are not applied`);
    return undefined;
  }
  const matcher = new PathMatcher(text);
  return matcher.isEmpty ? undefined : matcher;
}

/** `.gitignore` files above a root, up to the repository root, plus `.git/info/exclude`. */
function ancestorScopes(root: string, warn: (message: string) => void): IgnoreScope[] {
  const chain: string[] = [];
  let repoRoot: string | undefined = existsSync(join(root, '.git')) ? root : undefined;
  let dir = dirname(root);
  while (!repoRoot) {
    chain.unshift(dir);
    if (existsSync(join(dir, '.git'))) {
      repoRoot = dir;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (!repoRoot) return []; // outside a repository, parent folders' ignore files do not apply
  const scopeFor = (folder: string, matcher: PathMatcher): IgnoreScope => {
    const down = relative(folder, root).split(sep).join('/');
    return { prepend: down === '' ? '' : `${down}/`, strip: 0, matcher };
  };
  const scopes: IgnoreScope[] = [];
  const infoExclude = readMatcher(join(repoRoot, '.git', 'info', 'exclude'), warn);
  if (infoExclude) scopes.push(scopeFor(repoRoot, infoExclude));
  for (const folder of chain) {
    const matcher = readMatcher(join(folder, '.gitignore'), warn);
    if (matcher) scopes.push(scopeFor(folder, matcher));
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

function builtinIgnores(root: string): IgnoreScope[] {
  if (root.split(sep).includes('node_modules')) return [];
  return [{ prepend: '', strip: 0, matcher: NODE_MODULES }];
}

/** Git's rule: the deepest scope with an opinion wins. */
function isIgnored(scopes: readonly IgnoreScope[], fromRoot: string, isDir: boolean): boolean {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i]!;
    const verdict = scope.matcher.verdict(scope.prepend + fromRoot.slice(scope.strip), isDir);
    if (verdict !== undefined) return verdict === 'ignored';
  }
  return false;
}
