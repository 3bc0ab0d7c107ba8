import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { LeakgateError } from '../../errors.js';
import { gitText, runGitStatus, tryGitText } from './process.js';
/** Opens the repository containing `cwd`, or fails with one line saying it is not one. */
export async function openRepository(cwd, env = process.env) {
    const dir = resolve(cwd);
    if (!existsSync(dir) || !statSync(dir).isDirectory())
        throw new LeakgateError(`not a folder: ${cwd}`);
    // One git call: --show-toplevel fails outside a work tree (a bare repository, inside .git), and
    // HEAD before the first commit, each after printing what came before it.
    const { stdout, status } = await runGitStatus(['rev-parse', '--is-bare-repository', '--is-shallow-repository', '--absolute-git-dir', '--show-toplevel', 'HEAD^{commit}'], { cwd: dir, env });
    const lines = stdout.split('\n');
    if (lines.length < 3 || !lines[2])
        throw new LeakgateError(`not a git repository: ${dir}`);
    const bare = lines[0] === 'true';
    const topLevel = (!bare && lines[3]) || undefined;
    const head = status === 0 && lines[4] ? lines[4] : undefined;
    return { cwd: dir, env, bare, shallow: lines[1] === 'true', gitDir: lines[2], topLevel, head };
}
/**
 * Whether objects may be missing on purpose (a partial clone, `git clone --filter`): reading
 * one would make git fetch it from the promisor remote, which leakgate never lets happen.
 */
export async function isPartialClone(repo) {
    const out = await tryGitText(['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor)$'], repo);
    return out !== undefined && out.split('\n').some((line) => !/ false$/i.test(line));
}
/** The objects a partial clone lacks, found without fetching anything (`rev-list --missing=print`). */
export async function missingObjects(repo) {
    const out = await gitText(['rev-list', '--objects', '--all', '--missing=print', '--filter=object:type=blob'], repo);
    const missing = new Set();
    for (const line of out.split('\n'))
        if (line.startsWith('?'))
            missing.add(line.slice(1).trim());
    return missing;
}
/** The commit a revision names, or undefined when it names nothing. */
export async function resolveCommit(repo, revision) {
    if (revision.startsWith('-'))
        return undefined;
    return tryGitText(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], repo);
}
/** The empty tree's id in this repository's hash (SHA-1 or SHA-256): the base of a first commit. */
export async function emptyTree(repo) {
    return gitText(['hash-object', '-t', 'tree', '--stdin'], { ...repo, input: '' });
}
/**
 * Turns the user's selection into `git log` revision arguments, checking every revision first
 * so a typo fails with one line instead of a git usage dump. A base missing from a shallow
 * clone gets the fix in the message.
 */
export async function resolveRevisions(repo, selection) {
    const args = [];
    let description = 'all branches and tags';
    if (selection.range && selection.branch)
        throw new LeakgateError('give either a range or --branch, not both');
    if (selection.range) {
        const range = selection.range;
        const match = /^(.*?)(\.\.\.?)(.*)$/.exec(range);
        const sides = match ? [match[1] || 'HEAD', match[3] || 'HEAD'] : [range];
        const resolved = [];
        for (const [index, side] of sides.entries()) {
            const commit = await resolveCommit(repo, side);
            if (!commit)
                throw unknownRevision(repo, side, sides.length > 1 && index === 0);
            resolved.push(commit);
        }
        if (match) {
            const [base, head] = resolved;
            if (match[2] === '...')
                args.push(head, base, '--not', ...(await mergeBases(repo, base, head)));
            else
                args.push(head, '--not', base);
        }
        else {
            args.push(resolved[0]);
        }
        description = range;
    }
    else if (selection.branch) {
        const commit = await resolveCommit(repo, selection.branch);
        if (!commit)
            throw unknownRevision(repo, selection.branch, false);
        args.push(commit);
        description = selection.branch;
    }
    else {
        args.push('--all');
    }
    if (selection.since) {
        args.push(`--max-age=${await parseSince(repo, selection.since)}`);
        description += ` since ${selection.since}`;
    }
    return { args, description };
}
/**
 * A date as git reads it (`2024-01-31`, `2 weeks ago`, …) as a Unix timestamp. git's parser
 * never fails: it reads nonsense as "now", so a result of now for anything but "now" is refused.
 */
async function parseSince(repo, since) {
    const before = Math.floor(Date.now() / 1000);
    const out = (await tryGitText(['rev-parse', `--since=${since}`], repo)) ?? '';
    const timestamp = Number(/--max-age=(\d+)/.exec(out)?.[1]);
    if (!Number.isFinite(timestamp) || (timestamp >= before - 1 && !/\bnow\b/i.test(since))) {
        throw new LeakgateError(`not a date: ${since} (use e.g. 2024-01-31 or "2 weeks ago")`);
    }
    return timestamp;
}
async function mergeBases(repo, a, b) {
    const out = await tryGitText(['merge-base', '--all', a, b], repo);
    if (out === undefined) {
        if (repo.shallow)
            throw shallowError(`${a.slice(0, 12)}...${b.slice(0, 12)}`);
        return [];
    }
    return out.split('\n').filter(Boolean);
}
function unknownRevision(repo, revision, isBase) {
    if (repo.shallow && (isBase || /^[0-9a-f]{7,64}$/i.test(revision)))
        return shallowError(revision);
    return new LeakgateError(`unknown revision: ${revision} (not a branch, tag or commit in this repository)`);
}
function shallowError(revision) {
    return new LeakgateError(`${revision} is not in this shallow clone: fetch the full history (actions/checkout: fetch-depth: 0) or deepen it (git fetch --deepen=<n>, or git fetch --unshallow)`);
}
