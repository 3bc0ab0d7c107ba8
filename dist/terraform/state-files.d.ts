import type { Finding, Origin } from '../types.js';
/**
 * Committed state: a state or plan file is critical whatever the backend, because it holds
 * every secret in plain text. Inside a git repository "committed" means tracked (`git ls-files`,
 * so a tracked file is found even where .gitignore now hides it from the walk); outside one,
 * any such file the walk found counts.
 */
export interface ScanRoot {
    absolutePath: string;
    displayPath: string;
    isDirectory: boolean;
}
export interface WalkedPath {
    absolutePath: string;
    displayPath: string;
}
export interface CommittedStateOptions {
    /** Config excludes apply here too (a fixtures folder of sample state stays quiet). */
    isExcluded: (absolutePath: string) => boolean;
    origin: Origin;
    /** State-file names the walk found, used for roots outside a repository. */
    walked: readonly WalkedPath[];
}
/** What git says of one scan root: the state-shaped paths it tracks there, or why it cannot say. */
export interface TrackedStateListing {
    root: ScanRoot;
    /** Paths relative to the root's folder, when `git ls-files` answered. */
    paths?: string[];
    /** The repository's top folder, asked only when there are paths to name (or to tell a failure apart). */
    top?: string;
    /** git could not run at all. */
    error?: string;
    /** `git ls-files` failed inside a repository: its first line of stderr. */
    failure?: string;
}
/**
 * Asks git, for every root at once and off the main thread's path, which state and plan files it
 * tracks: a scan starts this before it walks, so the answer is there when the analysis needs it.
 * `git ls-files` answers for a repository in one process (nothing listed, the usual answer, needs
 * no more); the top folder is asked for only to name what it listed, or to tell a failure apart
 * (outside a repository, or git missing or broken).
 */
export declare function listTrackedState(roots: readonly ScanRoot[]): Promise<TrackedStateListing[]>;
export declare function committedState(listings: readonly TrackedStateListing[], options: CommittedStateOptions): {
    findings: Finding[];
    warnings: string[];
};
