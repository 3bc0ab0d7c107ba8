import { type GitOptions } from './process.js';
import type { RevisionSelection } from '../../types.js';
/** What leakgate needs to know about the repository it scans; found once per command. */
export interface Repository extends GitOptions {
    /** The work tree's root; undefined in a bare repository. */
    topLevel: string | undefined;
    gitDir: string;
    shallow: boolean;
    bare: boolean;
    /** The commit HEAD points at; undefined before the first commit (and in a bare repository). */
    head: string | undefined;
}
/** Opens the repository containing `cwd`, or fails with one line saying it is not one. */
export declare function openRepository(cwd: string, env?: NodeJS.ProcessEnv): Promise<Repository>;
/**
 * Whether objects may be missing on purpose (a partial clone, `git clone --filter`): reading
 * one would make git fetch it from the promisor remote, which leakgate never lets happen.
 */
export declare function isPartialClone(repo: Repository): Promise<boolean>;
/** The objects a partial clone lacks, found without fetching anything (`rev-list --missing=print`). */
export declare function missingObjects(repo: Repository): Promise<Set<string>>;
/** The commit a revision names, or undefined when it names nothing. */
export declare function resolveCommit(repo: Repository, revision: string): Promise<string | undefined>;
/** The empty tree's id in this repository's hash (SHA-1 or SHA-256): the base of a first commit. */
export declare function emptyTree(repo: Repository): Promise<string>;
/** The git log arguments that select the commits to scan. */
export interface ResolvedRevisions {
    args: string[];
    /** Human description, for messages. */
    description: string;
}
/**
 * Turns the user's selection into `git log` revision arguments, checking every revision first
 * so a typo fails with one line instead of a git usage dump. A base missing from a shallow
 * clone gets the fix in the message.
 */
export declare function resolveRevisions(repo: Repository, selection: RevisionSelection): Promise<ResolvedRevisions>;
