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
export declare function committedState(roots: readonly ScanRoot[], options: CommittedStateOptions): {
    findings: Finding[];
    warnings: string[];
};
