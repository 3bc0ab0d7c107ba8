import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { LeakgateError } from '../../errors.js';
import { gitText } from './process.js';
import { openRepository } from './repository.js';
/**
 * `leakgate install-hook`: puts `leakgate staged` into the pre-commit hook git will actually run
 * (`git rev-parse --git-path hooks` honours core.hooksPath and worktrees). leakgate's lines live
 * between two marker comments, so installing again updates them in place and changes nothing
 * when they are current. A hook leakgate did not write is never overwritten silently.
 */
export const BLOCK_START = '# >>> leakgate pre-commit >>>';
export const BLOCK_END = '# <<< leakgate pre-commit <<<';
export const BACKUP_SUFFIX = '.before-leakgate';
export async function installHook(options) {
    const repo = await openRepository(options.cwd, options.env);
    if (repo.bare)
        throw new LeakgateError('install-hook needs a work tree, and this is a bare repository');
    const gitPath = await gitText(['rev-parse', '--git-path', 'hooks'], repo);
    const hooksDir = isAbsolute(gitPath) ? gitPath : resolve(repo.cwd, gitPath);
    // husky 9 points core.hooksPath at .husky/_, whose stubs it rewrites; its users' commands live in .husky/pre-commit.
    const husky = basename(hooksDir) === '_' && existsSync(join(hooksDir, 'h'));
    const path = husky ? join(dirname(hooksDir), 'pre-commit') : join(hooksDir, 'pre-commit');
    // A hook inside the work tree (.husky/pre-commit, a core.hooksPath such as .githooks) is
    // committed and shared, so it must not name this machine's node or this checkout's path.
    const shared = repo.topLevel !== undefined && isInside(repo.topLevel, path) && !isInside(resolve(repo.cwd, repo.gitDir), path);
    const block = hookBlock(shared ? undefined : options.fallback);
    const result = (action, extra = {}) => ({ path, action, ...(husky ? { manager: 'husky' } : {}), ...extra });
    if (!existsSync(path)) {
        mkdirSync(dirname(path), { recursive: true });
        writeHook(path, husky ? `${block}\n` : `#!/bin/sh\n${block}\n`);
        return result('created');
    }
    const current = readFileSync(path, 'utf8');
    const start = current.indexOf(BLOCK_START);
    const end = current.indexOf(BLOCK_END);
    if (start !== -1 && end > start) {
        const updated = current.slice(0, start) + block + current.slice(end + BLOCK_END.length);
        if (updated === current) {
            ensureExecutable(path);
            return result('unchanged');
        }
        writeHook(path, updated);
        return result('updated');
    }
    if (options.force) {
        const backup = `${path}${BACKUP_SUFFIX}`;
        copyFileSync(path, backup);
        writeHook(path, `#!/bin/sh\n${block}\n`);
        return result('replaced', { backup });
    }
    if (options.append || husky) {
        if (!isShellScript(current))
            throw new LeakgateError(`${path} is not a shell script, so leakgate cannot add itself to it; --force replaces it (keeping a copy)`);
        writeHook(path, insertAfterShebang(current, block));
        return result('appended');
    }
    throw new LeakgateError(`a pre-commit hook leakgate did not write exists at ${path}${managedBy(current)}: rerun with --append to add leakgate to it, or --force to replace it (the old hook is kept as pre-commit${BACKUP_SUFFIX})`);
}
/** The lines leakgate owns in a hook. Hooks run at the top of the work tree, so a local install is found first. */
export function hookBlock(fallback) {
    const lines = [
        BLOCK_START,
        '# Added by `leakgate install-hook`: stops commits that add secrets. Remove this block to uninstall.',
        'if [ -x ./node_modules/.bin/leakgate ]; then ./node_modules/.bin/leakgate staged || exit $?',
        'elif command -v leakgate >/dev/null 2>&1; then leakgate staged || exit $?',
    ];
    if (fallback)
        lines.push(`elif [ -f ${shellQuote(fallback.script)} ]; then ${shellQuote(fallback.node)} ${shellQuote(fallback.script)} staged || exit $?`);
    lines.push('else echo "leakgate: not installed, so this commit was not checked for secrets (npm install --save-dev leakgate; or git commit --no-verify to skip once)" >&2; exit 1', 'fi', BLOCK_END);
    return lines.join('\n');
}
/** Where this CLI runs from, for the hook's last-resort way to call it. */
export function currentCli() {
    const script = process.argv[1];
    if (!script)
        return undefined;
    try {
        return { node: process.execPath, script: realpathSync(script) };
    }
    catch {
        return undefined;
    }
}
function isInside(folder, path) {
    const rel = relative(realOrSelf(folder), realOrSelf(dirname(path)));
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
function realOrSelf(path) {
    try {
        return realpathSync(path);
    }
    catch {
        return path;
    }
}
function shellQuote(value) {
    return `'${value.replaceAll("'", `'\\''`)}'`;
}
function isShellScript(text) {
    const first = text.split('\n', 1)[0] ?? '';
    if (!first.startsWith('#!'))
        return !text.includes('\0');
    return /\b(sh|bash|dash|zsh|ksh|ash)\b/.test(first);
}
function insertAfterShebang(text, block) {
    if (!text.startsWith('#!'))
        return `${block}\n${text}`;
    const newline = text.indexOf('\n');
    if (newline === -1)
        return `${text}\n${block}\n`;
    return `${text.slice(0, newline + 1)}${block}\n${text.slice(newline + 1)}`;
}
function managedBy(text) {
    if (/File generated by pre-commit/i.test(text))
        return ' (installed by the pre-commit framework: add leakgate to .pre-commit-config.yaml instead, see docs/hooks.md)';
    if (/lefthook/i.test(text))
        return ' (installed by lefthook: add leakgate to lefthook.yml instead, see docs/hooks.md)';
    return '';
}
function writeHook(path, content) {
    writeFileSync(path, content);
    ensureExecutable(path);
}
function ensureExecutable(path) {
    chmodSync(path, 0o755);
}
