/**
 * `leakgate install-hook`: puts `leakgate staged` into the pre-commit hook git will actually run
 * (`git rev-parse --git-path hooks` honours core.hooksPath and worktrees). leakgate's lines live
 * between two marker comments, so installing again updates them in place and changes nothing
 * when they are current. A hook leakgate did not write is never overwritten silently.
 */
export declare const BLOCK_START = "# >>> leakgate pre-commit >>>";
export declare const BLOCK_END = "# <<< leakgate pre-commit <<<";
export declare const BACKUP_SUFFIX = ".before-leakgate";
export interface InstallHookOptions {
    cwd: string;
    env?: NodeJS.ProcessEnv;
    /** Replace a hook leakgate did not write (it is kept next to it with BACKUP_SUFFIX). */
    force?: boolean;
    /** Add leakgate to a shell hook leakgate did not write, keeping what it does. */
    append?: boolean;
    /** How the hook runs leakgate when it is neither in node_modules/.bin nor on PATH: node and this CLI's entry. */
    fallback?: {
        node: string;
        script: string;
    };
}
export type HookAction = 'created' | 'updated' | 'unchanged' | 'appended' | 'replaced';
export interface InstallHookResult {
    path: string;
    action: HookAction;
    backup?: string;
    /** Set when the hooks folder belongs to husky (core.hooksPath = .husky/_). */
    manager?: 'husky';
}
export declare function installHook(options: InstallHookOptions): Promise<InstallHookResult>;
/** The lines leakgate owns in a hook. Hooks run at the top of the work tree, so a local install is found first. */
export declare function hookBlock(fallback?: {
    node: string;
    script: string;
}): string;
/** Where this CLI runs from, for the hook's last-resort way to call it. */
export declare function currentCli(): {
    node: string;
    script: string;
} | undefined;
