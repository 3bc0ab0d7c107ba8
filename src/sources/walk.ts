import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { LeakgateError } from '../errors.js';
import type { Skip } from '../types.js';

/**
 * The one tree walker. It honours `.gitignore` files the way git does (each file's patterns are
 * relative to its folder, deeper files can re-include, and the repository's
 * `.git/info/exclude` applies), plus the caller's exclude matcher. Paths named on the command
 * line are always walked even if ignored, as ripgrep does; config excludes still apply to them.
 * Symlinks are not followed unless asked; when followed, a loop is detected by real path.
 */

export interface WalkOptions {
  /** Folder that relative paths are resolved against (default: the process cwd). */
  cwd?: string;
  /** Absolute path -> excluded by config (and built-in defaults). */
  isExcluded: (absolutePath: string) => boolean;
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
  followSymlinks?: boolean;
}

export interface WalkedFile {
  absolutePath: string;
}

interface IgnoreScope {
  dir: string;
  matcher: Ignore;
}

export interface Walk {
  files: Generator<WalkedFile>;
  /** Filled while the walk proceeds: loops and unreadable folders. */
  skipped: Skip[];
  warnings: string[];
}

export function walk(paths: readonly string[], options: WalkOptions): Walk {
  const skipped: Skip[] = [];
  const warnings: string[] = [];
  const useGitignore = options.gitignore ?? true;
  const roots = paths.map((given) => {
    const absolute = resolve(options.cwd ?? process.cwd(), given);
    if (!existsSync(absolute)) throw new LeakgateError(`path not found: ${given}`);
    return { given, absolute, isDir: statSync(absolute).isDirectory() };
  });

  function* files(): Generator<WalkedFile> {
    const seenFiles = new Set<string>();
    for (const { given, absolute: root, isDir } of roots) {
      if (options.isExcluded(isDir ? root + sep : root)) {
        warnings.push(`${given} is excluded by the config (exclude); nothing was scanned there`);
        continue;
      }
      if (!isDir) {
        if (!seenFiles.has(root)) {
          seenFiles.add(root);
          yield { absolutePath: root };
        }
        continue;
      }
      let scopes = useGitignore ? ancestorScopes(root) : [];
      // A root named on the command line inside an ignored folder (`leakgate node_modules`):
      // the folder was asked for, so only the ignore files inside it apply.
      if (scopes.length > 0 && isIgnored(scopes, root, true)) scopes = [];
      const visitedDirs = new Set<string>([safeRealpath(root)]);
      yield* walkDir(root, scopes, visitedDirs, seenFiles);
    }
  }

  function* walkDir(dir: string, parentScopes: IgnoreScope[], visitedDirs: Set<string>, seenFiles: Set<string>): Generator<WalkedFile> {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      skipped.push({ file: dir, reason: 'unreadable', detail: code });
      warnings.push(`cannot read folder ${dir}: ${code}`);
      return;
    }
    let scopes = parentScopes;
    if (useGitignore && entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) {
      const scope = loadScope(dir, join(dir, '.gitignore'));
      if (scope) scopes = [...parentScopes, scope];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name === '.git') continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        if (!options.followSymlinks) continue;
        let target;
        try {
          target = statSync(path);
        } catch {
          continue; // dangling link
        }
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (!isDir && !isFile) continue;
      if (scopes.length > 0 && isIgnored(scopes, path, isDir)) continue;
      if (options.isExcluded(isDir ? path + sep : path)) continue;
      if (isDir) {
        const real = safeRealpath(path);
        if (visitedDirs.has(real)) {
          skipped.push({ file: path, reason: 'symlink-loop', detail: `already walked as ${real}` });
          continue;
        }
        visitedDirs.add(real);
        yield* walkDir(path, scopes, visitedDirs, seenFiles);
      } else {
        const real = entry.isSymbolicLink() ? safeRealpath(path) : path;
        if (seenFiles.has(real)) continue;
        seenFiles.add(real);
        yield { absolutePath: path };
      }
    }
  }

  return { files: files(), skipped, warnings };
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function loadScope(dir: string, file: string): IgnoreScope | undefined {
  try {
    return { dir, matcher: ignore({ allowRelativePaths: true }).add(readFileSync(file, 'utf8')) };
  } catch {
    return undefined;
  }
}

/** `.gitignore` files above a root, up to the repository root, plus `.git/info/exclude`. */
function ancestorScopes(root: string): IgnoreScope[] {
  const chain: string[] = [];
  let dir = dirname(root);
  let repoRoot: string | undefined = existsSync(join(root, '.git')) ? root : undefined;
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
  const scopes: IgnoreScope[] = [];
  const infoExclude = loadScope(repoRoot, join(repoRoot, '.git', 'info', 'exclude'));
  if (infoExclude) scopes.push(infoExclude);
  for (const folder of chain) {
    const scope = existsSync(join(folder, '.gitignore')) ? loadScope(folder, join(folder, '.gitignore')) : undefined;
    if (scope) scopes.push(scope);
  }
  return scopes;
}

/** Git's rule: the deepest scope with an opinion wins. */
function isIgnored(scopes: readonly IgnoreScope[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const scope of scopes) {
    const rel = relative(scope.dir, path).split(sep).join('/');
    if (rel === '' || rel.startsWith('..')) continue;
    const result = scope.matcher.test(isDir ? `${rel}/` : rel);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}
