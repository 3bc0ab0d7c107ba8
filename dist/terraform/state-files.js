import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fingerprintOf } from '../engine/fingerprint.js';
import { GitError, GitUnavailableError, runGit } from '../sources/git/process.js';
import { stateFileKind } from './files.js';
import { terraformRule } from './rules.js';
/**
 * git finds the repository from the folder it runs in. GIT_DIR and GIT_WORK_TREE (set inside
 * hooks) would override that and make paths relative to the wrong place; GIT_INDEX_FILE is
 * kept, so in a pre-commit hook a state file being committed counts as tracked.
 */
function gitEnvironment() {
    const env = { ...process.env };
    delete env['GIT_DIR'];
    delete env['GIT_WORK_TREE'];
    return env;
}
/** Pathspecs that cover every name `stateFileKind` knows (git globs match across `/`). */
const PATHSPECS = ['*.tfstate', '*.tfstate.*', '*tfplan*', '*plan*'];
async function git(args, cwd) {
    try {
        return { status: 0, stdout: (await runGit(args, { cwd, env: gitEnvironment() })).toString('utf8'), stderr: '' };
    }
    catch (error) {
        if (error instanceof GitError)
            return { status: error.status ?? 1, stdout: error.stdout, stderr: error.stderr };
        if (error instanceof GitUnavailableError)
            return { status: 1, stdout: '', stderr: '', unavailable: error.code ?? error.message };
        throw error;
    }
}
/**
 * Asks git, for every root at once and off the main thread's path, which state and plan files it
 * tracks: a scan starts this before it walks, so the answer is there when the analysis needs it.
 * `git ls-files` answers for a repository in one process (nothing listed, the usual answer, needs
 * no more); the top folder is asked for only to name what it listed, or to tell a failure apart
 * (outside a repository, or git missing or broken).
 */
export function listTrackedState(roots) {
    return Promise.all(roots.map(async (root) => {
        const dir = root.isDirectory ? root.absolutePath : dirname(root.absolutePath);
        const spec = root.isDirectory ? PATHSPECS : [basename(root.absolutePath)];
        const listed = await git(['ls-files', '-z', '--', ...spec], dir);
        const paths = listed.status === 0 ? listed.stdout.split('\0').filter((rel) => rel !== '') : undefined;
        if (paths && paths.length === 0)
            return { root, paths };
        const repo = await gitTopLevel(dir);
        if (paths)
            return { root, paths, ...repo };
        return { root, ...repo, ...(repo.top ? { failure: firstLine(listed.stderr) } : {}) };
    }));
}
export function committedState(listings, options) {
    const findings = [];
    const warnings = [];
    const seen = new Set();
    const report = (absolutePath, displayPath, identity, tracked) => {
        if (seen.has(absolutePath) || options.isExcluded(absolutePath))
            return;
        const kind = stateFileKind(absolutePath);
        if (!kind)
            return;
        const confirmed = kind === 'plan-candidate' ? isPlanFile(absolutePath) : kind;
        if (!confirmed)
            return;
        seen.add(absolutePath);
        findings.push(stateFinding(displayPath, identity, confirmed === 'state' ? 'state' : 'plan', tracked, options.origin));
    };
    for (const { root, paths, top, error, failure } of listings) {
        const dir = root.isDirectory ? root.absolutePath : dirname(root.absolutePath);
        if (error)
            warnings.push(error);
        if (paths) {
            for (const rel of paths) {
                const absolutePath = join(dir, rel);
                const display = joinDisplay(root.isDirectory ? root.displayPath : dirnameDisplay(root.displayPath), rel);
                report(absolutePath, display, relative(top ?? dir, absolutePath).split(sep).join('/'), true);
            }
            continue;
        }
        if (failure !== undefined)
            warnings.push(`git ls-files failed in ${root.displayPath}: ${failure}; looking for state files on disk instead`);
        const prefix = root.absolutePath + (root.isDirectory ? sep : '');
        for (const file of options.walked) {
            if (file.absolutePath === root.absolutePath || file.absolutePath.startsWith(prefix))
                report(file.absolutePath, file.displayPath, file.displayPath, false);
        }
    }
    return { findings, warnings };
}
/** The repository's top folder, or none outside a repository (and a warning when git is missing). */
async function gitTopLevel(dir) {
    const result = await git(['rev-parse', '--show-toplevel'], dir);
    if (result.unavailable !== undefined)
        return { error: `cannot run git (${result.unavailable}): committed Terraform state is looked for on disk only` };
    if (result.status !== 0)
        return {};
    return { top: result.stdout.trim() };
}
function stateFinding(displayPath, identity, kind, tracked, origin) {
    const rule = terraformRule('terraform-committed-state');
    const what = kind === 'state' ? 'Terraform state file' : 'Terraform plan file';
    const message = tracked
        ? `${what} is committed: it holds every secret the configuration touched, in plain text`
        : `${what} in the scanned tree: it holds every secret the configuration touched, in plain text`;
    return {
        ruleId: rule.id,
        message,
        severity: rule.severity,
        confidence: 'high',
        file: displayPath,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        secret: basename(displayPath),
        fingerprint: fingerprintOf(rule.id, identity),
        origin,
        tags: [...rule.tags],
        details: {
            fix: `${tracked ? 'git rm --cached the file and purge it from history, ' : 'delete or move the file, '}rotate every secret it held, and add *.tfstate, *.tfstate.*, *.tfplan and .terraform/ to .gitignore`,
            kind,
            tracked,
        },
    };
}
/**
 * A binary plan is a zip archive with a `tfplan` entry; `terraform show -json` output has
 * `format_version` and planned values or resource changes. Head and tail are enough to tell.
 */
function isPlanFile(path) {
    let fd;
    try {
        fd = openSync(path, 'r');
        const size = fstatSync(fd).size;
        const chunk = 65536;
        const head = Buffer.alloc(Math.min(size, chunk));
        readSync(fd, head, 0, head.length, 0);
        const tail = Buffer.alloc(Math.min(size, chunk));
        readSync(fd, tail, 0, tail.length, Math.max(0, size - tail.length));
        if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
            return head.includes('tfplan') || tail.includes('tfplan') ? 'plan' : undefined;
        }
        const text = head.toString('utf8') + tail.toString('utf8');
        if (text.includes('"format_version"') && (text.includes('"planned_values"') || text.includes('"resource_changes"')))
            return 'plan';
        return undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
function joinDisplay(base, rel) {
    return base === '.' || base === '' ? rel : `${base}/${rel}`;
}
function dirnameDisplay(path) {
    const at = path.lastIndexOf('/');
    return at < 0 ? '.' : path.slice(0, at);
}
function firstLine(text) {
    return text.trim().split('\n')[0] ?? '';
}
